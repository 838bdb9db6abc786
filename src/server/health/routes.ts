import { Hono } from 'hono';
import type { CountStore } from '../storage/count-store';
import { serverLog, type CountedLog } from '../ops/counted-log';
import { noteStorageFailure, storageProblem } from '../ops/storage-problem';
import { freeBytes } from './free-space';

export const HEALTH_PATH = '/healthz';

export interface HealthOptions {
  /** SQLite's folder (DATA_DIR): its disk's free space is reported. Null for PostgreSQL (its own host). */
  dataDir: string | null;
  /** Below this many free bytes the answer says `low_space` (HEALTH_MIN_FREE_MB, default 100 MB). */
  minFreeBytes?: number;
  /** A check is done at most this often; callers in between get its answer (a monitor polling fast writes little). */
  everyMs?: number;
  log?: CountedLog;
}

export type HealthStatus = 'ok' | 'low_space' | 'failing';

export interface HealthReport {
  status: HealthStatus;
  database: { kind: 'sqlite' | 'postgresql'; writable: boolean; problem?: string };
  /** The disk of DATA_DIR; null on PostgreSQL (watch the database host's disk there). */
  disk: { freeBytes: number | null; minFreeBytes: number } | null;
}

/**
 * GET /healthz, for monitors and load balancers: 200 while counts can be stored (`ok`, or
 * `low_space` when the disk is nearly full), 503 when the database does not take a write
 * (`failing`: a full disk, a read-only or failing disk, the database unreachable). Reads (the app,
 * the dashboard) keep working either way. Says nothing about a person: one row is rewritten.
 */
export function healthRoutes(counts: CountStore, options: HealthOptions): Hono {
  const minFreeBytes = options.minFreeBytes ?? 100 * 1024 * 1024;
  const everyMs = options.everyMs ?? 1000;
  const log = options.log ?? serverLog;
  let last: { at: number; report: Promise<HealthReport> } | null = null;

  const check = async (): Promise<HealthReport> => {
    const [writable, free] = await Promise.all([
      counts.probeWrite().then(
        () => ({ writable: true }),
        (e: unknown) => {
          noteStorageFailure(log, e, 'The health check');
          return { writable: false, problem: storageProblem(e) };
        },
      ),
      options.dataDir === null ? Promise.resolve(null) : freeBytes(options.dataDir),
    ]);
    const low = free !== null && free < minFreeBytes;
    if (low && writable.writable)
      log.note('low-space', `The disk of DATA_DIR has ${free} bytes free, under ${minFreeBytes}: free space before counts fail.`);
    return {
      status: !writable.writable ? 'failing' : low ? 'low_space' : 'ok',
      database: { kind: options.dataDir === null ? 'postgresql' : 'sqlite', ...writable },
      disk: options.dataDir === null ? null : { freeBytes: free, minFreeBytes },
    };
  };

  const app = new Hono();
  app.get(HEALTH_PATH, async (c) => {
    if (!last || Date.now() - last.at >= everyMs) last = { at: Date.now(), report: check() };
    const report = await last.report;
    return c.json(report, report.status === 'failing' ? 503 : 200, { 'cache-control': 'no-store' });
  });
  return app;
}
