import { afterAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pg from 'pg';
import type { CountBatch } from '../../../src/core/counts/batch';
import { batchId, seeded } from './helpers';
import { freshDatabase } from '../support/postgres';

/**
 * End to end: two real server processes (src/server/main.ts) on two ports sharing one real
 * PostgreSQL, as behind a proxy (TRUST_PROXY=1: every simulated device has its own address).
 */
const ROOT = resolve(__dirname, '../../..');
const PASSWORD = 'mật khẩu đủ dài 2026';
const children = new Set<ChildProcess>();
const dist = mkdtempSync(join(tmpdir(), 'two-instances-dist-'));
writeFileSync(join(dist, 'index.html'), '<!doctype html><title>test</title>');
afterAll(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  rmSync(dist, { recursive: true, force: true });
});

interface Instance {
  child: ChildProcess;
  base: string;
}

function startInstance(databaseUrl: string): Promise<Instance> {
  return new Promise((resolvePromise, reject) => {
    // node itself with tsx's loader: one process, so SIGKILL hits the server and not a wrapper.
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/server/main.ts')], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        DIST_DIR: dist,
        DATABASE_URL: databaseUrl,
        TRUST_PROXY: '1',
        ORGANIZER_NAME: 'doi06-tinh',
        ORGANIZER_PASSWORD: PASSWORD,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.add(child);
    let out = '';
    const onData = (d: Buffer) => {
      out += d.toString();
      const m = /running at http:\/\/localhost:(\d+)\//.exec(out);
      if (m) resolvePromise({ child, base: `http://127.0.0.1:${m[1]}` });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
    child.on('exit', (code) => reject(new Error(`server exited early (${code}): ${out}`)));
  });
}

const exited = (c: ChildProcess) => new Promise((r) => (c.exitCode !== null || c.signalCode ? r(null) : c.once('exit', r)));

/** Batch i: 50 counters under its own source tag, so a batch stored in part would show. */
function makeBatch(i: number, day: string): CountBatch {
  return {
    batchId: batchId(),
    counters: Array.from({ length: 50 }, (_, k) => ({
      day,
      locality: `79-${String(26700 + (i % 40)).padStart(5, '0')}`,
      channel: 'phone' as const,
      source: `b-${i}`,
      version: k < 10 ? `0.1.${k}` : '0.1.0',
      event: k < 10 ? ('checker_start' as const) : ('tutorial_step_done' as const),
      param: k < 10 ? undefined : `activate/s${k}`,
      n: 1 + ((i + k) % 7),
    })),
  };
}
const totalOf = (b: CountBatch) => b.counters.reduce((s, c) => s + c.n, 0);

/** 'ok' (acknowledged), 'refused' (4xx) or 'failed' (no answer: the device keeps it and resends). */
async function send(base: string, b: CountBatch, device: number): Promise<'ok' | 'refused' | 'failed'> {
  try {
    const res = await fetch(`${base}/api/counts`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.0.${device >> 8}.${device & 255}` },
      body: JSON.stringify(b),
    });
    if (res.ok) return ((await res.json()) as { batchId?: string }).batchId === b.batchId ? 'ok' : 'failed';
    if (res.status >= 400 && res.status < 500 && res.status !== 429) {
      console.error(res.status, await res.text());
      return 'refused';
    }
    return 'failed';
  } catch {
    return 'failed';
  }
}

describe('two server instances sharing one PostgreSQL', () => {
  it('count every batch exactly once across instances, a SIGKILL and a restart; share organizer sessions', async () => {
    const url = await freshDatabase();
    const started = await Promise.all([startInstance(url), startInstance(url)]);
    let a = started[0];
    const b = started[1];
    const day = new Date().toISOString().slice(0, 10);
    const batches = Array.from({ length: 300 }, (_, i) => makeBatch(i, day));
    const rnd = seeded(17);
    const acked = new Set<string>();
    let next = 0;
    let killed = false;
    // Eight devices at a time; each batch goes to either instance, one in four to both at once.
    const device = async (d: number) => {
      while (next < batches.length) {
        const i = next++;
        const x = batches[i]!;
        const targets = rnd() < 0.25 ? [a, b] : [rnd() < 0.5 ? a : b];
        const results = await Promise.all(targets.map((t) => send(t.base, x, d * 1000 + i)));
        expect(results).not.toContain('refused');
        if (results.includes('ok')) acked.add(x.batchId);
        if (!killed && acked.size >= 100) {
          killed = true;
          a.child.kill('SIGKILL'); // mid-stream: other devices' requests to it are in flight
        }
      }
    };
    await Promise.all(Array.from({ length: 8 }, (_, d) => device(d)));
    await exited(a.child);
    expect(a.child.signalCode).toBe('SIGKILL');
    expect(acked.size).toBeLessThan(batches.length); // some were lost with the killed instance

    // Restart the killed instance; devices resend everything not acknowledged, to either instance,
    // and some acknowledged batches again (an acknowledgement lost on the way).
    a = await startInstance(url);
    for (const [i, x] of batches.entries()) {
      if (acked.has(x.batchId) && i % 10 !== 0) continue;
      expect(await send(i % 2 ? a.base : b.base, x, i)).toBe('ok');
    }

    const db = new pg.Client(url);
    await db.connect();
    try {
      const counted = await db.query('SELECT source, SUM(n)::int AS n FROM counts GROUP BY source');
      const bySource = new Map(counted.rows.map((r: { source: string; n: number }) => [r.source, r.n]));
      batches.forEach((x, i) => expect(bySource.get(`b-${i}`), `batch ${i}`).toBe(totalOf(x)));
      const totals = await db.query(
        'SELECT (SELECT COUNT(*)::int FROM batches) AS batches, (SELECT SUM(guided)::int FROM place_day) AS guided',
      );
      const guided = batches.reduce((s, x) => s + x.counters.filter((c) => c.event === 'checker_start').reduce((t, c) => t + c.n, 0), 0);
      expect(totals.rows[0]).toEqual({ batches: 300, guided });
    } finally {
      await db.end();
    }

    // An organizer logged in on one instance is logged in on the other; logging out ends it on both.
    const login = await fetch(`${a.base}/api/dashboard/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'doi06-tinh', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const me = await fetch(`${b.base}/api/dashboard/me`, { headers: { cookie } });
    expect(me.status).toBe(200);
    const summary = await fetch(`${b.base}/api/dashboard/places?from=${day}&to=${day}`, { headers: { cookie } });
    expect(summary.status).toBe(200);
    expect((await fetch(`${b.base}/api/dashboard/logout`, { method: 'POST', headers: { cookie } })).status).toBe(200);
    expect((await fetch(`${a.base}/api/dashboard/me`, { headers: { cookie } })).status).toBe(401);

    for (const x of [a, b]) {
      x.child.kill('SIGTERM');
      await exited(x.child);
    }
  }, 180_000);
});
