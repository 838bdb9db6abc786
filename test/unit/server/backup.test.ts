import { spawn } from 'node:child_process';
import { readdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { CountBatch } from '../../../src/core/counts/batch';
import { batchId } from '../counts/helpers';
import { startServerProcess } from './server-process';
import { tempDir } from '../support/temp-dir';

// `npm run backup` against the real server while devices keep sending, then a restore into it.

const day = new Date().toISOString().slice(0, 10);

/** What `npm run backup -- …args` runs, with its exit code and output. */
function backupCli(env: Record<string, string>, ...args: string[]) {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/server/backup-cli.ts', ...args], {
    cwd: resolve('.'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  child.stderr.on('data', (c: Buffer) => (err += c.toString()));
  return new Promise<{ code: number | null; out: string; err: string }>((done) => child.once('exit', (code) => done({ code, out, err })));
}

/** 40 counters under the batch's own source tag: a batch copied in part would show. */
function makeBatch(i: number): CountBatch {
  return {
    batchId: batchId(),
    counters: Array.from({ length: 40 }, (_, k) => ({
      day,
      locality: `79-${String(26700 + k).padStart(5, '0')}`,
      channel: 'phone' as const,
      source: `bk-${i}`,
      version: '0.1.0',
      event: 'checker_start' as const,
      n: 1 + ((i + k) % 3),
    })),
  };
}
const totalOf = (b: CountBatch) => b.counters.reduce((s, c) => s + c.n, 0);

/** Sums per source tag, and whether the running sums agree with the counters. */
function contents(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const bySource = new Map(
      (db.prepare('SELECT source, SUM(n) AS n FROM counts GROUP BY source').all() as { source: string; n: number }[]).map((r) => [
        r.source,
        r.n,
      ]),
    );
    const batches = (db.prepare('SELECT COUNT(*) AS n FROM batches').get() as { n: number }).n;
    const counted = (db.prepare('SELECT COALESCE(SUM(n), 0) AS n FROM counts').get() as { n: number }).n;
    const guided = (db.prepare('SELECT COALESCE(SUM(guided), 0) AS n FROM place_day').get() as { n: number }).n;
    return { bySource, batches, counted, guided };
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('copies the database while devices send (each batch whole or absent), and restores it into a stopped server', async () => {
    const dataDir = tempDir('vneid-data-');
    const backupDir = tempDir('vneid-backups-');
    let server = startServerProcess({ DATA_DIR: dataDir, TRUST_PROXY: '1' });
    let base = `http://127.0.0.1:${await server.port}`;
    const post = async (b: CountBatch) => {
      // Many devices, as behind a proxy (TRUST_PROXY=1): the per-device rate limit stays out of the way.
      const device = `10.0.${b.counters[0]!.n}.${Number(b.counters[0]!.source!.slice(3)) % 250}`;
      const res = await fetch(`${base}/api/counts`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': device },
        body: JSON.stringify(b),
      });
      expect(res.status).toBe(200);
      return (await res.json()) as { duplicate: boolean };
    };
    const batches = Array.from({ length: 250 }, (_, i) => makeBatch(i));
    const acked = new Set<number>();
    // First a few batches, then quiet: they sit in the write-ahead log, not yet in the database
    // file, so a copy of the file alone would miss them.
    for (let i = 0; i < 20; i++) {
      await post(batches[i]!);
      acked.add(i);
    }
    const quiet = await backupCli({ DATA_DIR: dataDir }, join(backupDir, 'quiet.sqlite'));
    expect(quiet.err).toBe('');
    expect(quiet.out).toMatch(/^Backed up to .*quiet\.sqlite: [\d.]+ MB, 20 batches, \d+ counted, checked whole\.\n$/);
    expect([...contents(join(backupDir, 'quiet.sqlite')).bySource.keys()].sort()).toEqual([...acked].map((i) => `bk-${i}`).sort());

    // Then a copy while devices keep sending until it is done.
    let next = 20;
    let stopSending = false;
    const device = async () => {
      while (!stopSending && next < batches.length) {
        const i = next++;
        await post(batches[i]!);
        acked.add(i);
      }
    };
    const devices = Array.from({ length: 3 }, device);
    const before = new Set(acked);
    const backup = join(backupDir, 'copy.sqlite');
    const made = await backupCli({ DATA_DIR: dataDir }, backup);
    const after = new Set(acked);
    stopSending = true;
    await Promise.all(devices);
    expect(made.err).toBe('');
    expect(made.code).toBe(0);
    expect(after.size).toBeGreaterThan(before.size); // the server took batches while the copy was made

    // A consistent copy: every batch acknowledged before it began, nothing sent after it ended,
    // each batch whole, the running sums equal to the counters.
    const copy = contents(backup);
    for (const i of before) expect(copy.bySource.get(`bk-${i}`), `batch ${i}`).toBe(totalOf(batches[i]!));
    for (const [source, n] of copy.bySource) {
      const i = Number(source.slice(3));
      expect(after.has(i), `batch ${i} was acknowledged before the copy ended`).toBe(true);
      expect(n, `batch ${i} whole`).toBe(totalOf(batches[i]!));
    }
    expect(copy.batches).toBe(copy.bySource.size);
    expect(copy.guided).toBe(copy.counted);

    // A running server's database is not replaced under it.
    const refused = await backupCli({ DATA_DIR: dataDir }, 'restore', backup);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/vneid-guide\.sqlite: in use \(the server is running\); stop it, restore, then start it again\.\n$/);
    // Neither is a file that is not a whole backup.
    const junk = join(backupDir, 'junk.sqlite');
    writeFileSync(junk, Buffer.alloc(8192, 7));
    expect((await backupCli({ DATA_DIR: dataDir }, 'restore', junk)).err).toMatch(/junk\.sqlite: not a database, or damaged/);

    expect(await server.stop()).toBe(0);
    const restored = await backupCli({ DATA_DIR: dataDir }, 'restore', backup);
    expect(restored.err).toBe('');
    expect(restored.out).toMatch(
      /^Restored .*copy\.sqlite \(\d+ batches, \d+ counted\) into .*; the database it replaced is kept as .*replaced-/,
    );
    expect(readdirSync(dataDir).some((f) => f.includes('.replaced-'))).toBe(true);

    // The restored server knows the copied batches; devices resend the rest, all counted once.
    server = startServerProcess({ DATA_DIR: dataDir, TRUST_PROXY: '1' });
    base = `http://127.0.0.1:${await server.port}`;
    for (const i of acked) {
      const inCopy = copy.bySource.has(`bk-${i}`);
      expect((await post(batches[i]!)).duplicate, `batch ${i}`).toBe(inCopy);
    }
    expect(await server.stop()).toBe(0);
    const now = contents(join(dataDir, 'vneid-guide.sqlite'));
    for (const i of acked) expect(now.bySource.get(`bk-${i}`), `batch ${i}`).toBe(totalOf(batches[i]!));
    expect(now.batches).toBe(acked.size);
    expect(now.guided).toBe(now.counted);
  }, 120_000);

  it('says what to use for PostgreSQL', async () => {
    const r = await backupCli({ DATABASE_URL: 'postgres://u:p@127.0.0.1:1/x' });
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^DATABASE_URL is PostgreSQL: back it up with its own tools, e\.g\. pg_dump --format=custom/);
  });
});
