import { execFileSync } from 'node:child_process';
import { closeSync, mkdtempSync, openSync, rmSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CountBatch } from '../../../src/core/counts/batch';
import { batchId } from '../counts/helpers';
import { startServerProcess } from './server-process';

// A real full disk: the real server (src/server/main.ts) with DATA_DIR on a small tmpfs, filled
// to the last byte by a ballast file, then given its space back. Mounting needs root (as in CI,
// which installs packages); elsewhere the test says it was skipped.

const PASSWORD = 'mật khẩu đủ dài 2026';
const day = new Date().toISOString().slice(0, 10);

/** 50 counters of one event under the batch's own source tag: a batch stored in part would show. */
function makeBatch(i: number): CountBatch {
  return {
    batchId: batchId(),
    counters: Array.from({ length: 50 }, (_, k) => ({
      day,
      locality: `79-${String(26700 + k).padStart(5, '0')}`,
      channel: 'phone' as const,
      source: `disk-${i}`,
      version: '0.1.0',
      event: 'checker_start' as const,
      n: 1 + ((i + k) % 5),
    })),
  };
}
const totalOf = (b: CountBatch) => b.counters.reduce((s, c) => s + c.n, 0);

/** Writes zeros until the disk says no more. */
function fillDisk(file: string): void {
  const fd = openSync(file, 'w');
  const chunk = Buffer.alloc(64 * 1024);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as { code?: string }).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
  // The last partial block too.
  const fd2 = openSync(file, 'a');
  try {
    for (;;) writeSync(fd2, Buffer.alloc(512));
  } catch {
    // full
  } finally {
    closeSync(fd2);
  }
}

describe('a full disk', () => {
  it('refuses counts with 503 and logs it once, keeps serving reads, says so on /healthz, and recovers when space returns', async (ctx) => {
    const dir = mkdtempSync(join(tmpdir(), 'vneid-full-'));
    try {
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=6m', 'tmpfs', dir], { stdio: 'ignore' });
    } catch {
      rmSync(dir, { recursive: true, force: true });
      return ctx.skip(); // not root, or no mounts in this container: no honest way to fill a disk here
    }
    const server = startServerProcess({ DATA_DIR: dir, HEALTH_MIN_FREE_MB: '1', ORGANIZER_NAME: 'doi-tinh', ORGANIZER_PASSWORD: PASSWORD });
    try {
      const base = `http://127.0.0.1:${await server.port}`;
      const post = (b: CountBatch) =>
        fetch(`${base}/api/counts`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) });
      const health = async () => {
        const res = await fetch(`${base}/healthz`);
        return {
          code: res.status,
          body: (await res.json()) as { status: string; database: { writable: boolean; problem?: string }; disk: { freeBytes: number } },
        };
      };

      const first = await health();
      expect(first.code).toBe(200);
      expect(first.body.status).toBe('ok');
      expect(first.body.database.writable).toBe(true);
      expect(first.body.disk.freeBytes).toBeGreaterThan(1024 * 1024);
      const login = await fetch(`${base}/api/dashboard/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'doi-tinh', password: PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      // Every page of the table by place (500 rows a page).
      const guided = async () => {
        let sum = 0;
        for (let offset = 0, total = 1; offset < total; offset += 500) {
          const res = await fetch(`${base}/api/dashboard/places?from=${day}&to=${day}&offset=${offset}`, { headers: { cookie } });
          expect(res.status).toBe(200);
          const page = (await res.json()) as { rows: { guided: number }[]; total: number };
          total = page.total;
          sum += page.rows.reduce((s, r) => s + r.guided, 0);
        }
        return sum;
      };

      const batches = Array.from({ length: 41 }, (_, i) => makeBatch(i));
      const stored = new Set<number>([0]);
      expect((await post(batches[0]!)).status).toBe(200);

      fillDisk(join(dir, 'ballast'));
      const refused: number[] = [];
      for (let i = 1; i < batches.length; i++) {
        const res = await post(batches[i]!);
        if (res.status === 200) stored.add(i);
        else {
          expect(res.status).toBe(503);
          expect(res.headers.get('retry-after')).toBe('30');
          refused.push(i);
        }
      }
      expect(refused.length).toBeGreaterThanOrEqual(30);

      // /healthz answers from its last check for up to a second: wait for a check made after the disk filled.
      await expect.poll(async () => (await health()).code, { timeout: 15_000 }).toBe(503);
      const full = await health();
      expect(full.code).toBe(503);
      expect(full.body.status).toBe('failing');
      expect(full.body.database.writable).toBe(false);
      expect(full.body.database.problem).toMatch(/^SQLITE_FULL: .*the disk is full/);
      expect(full.body.disk.freeBytes).toBeLessThan(64 * 1024);
      // Reads go on: the app and the dashboard (its session was written before the disk filled).
      expect((await fetch(`${base}/`)).status).toBe(200);
      expect(await guided()).toBe([...stored].reduce((s, i) => s + totalOf(batches[i]!), 0));
      // One line for all those failures (the repeats are counted and written a minute later).
      const lines = server.stderr().trimEnd().split('\n');
      expect(
        lines.filter((l) => l.includes('SQLITE_FULL')),
        server.stderr(),
      ).toHaveLength(1);
      expect(lines[0]).toMatch(/^Counts could not be written to the database \(SQLITE_FULL: .*the disk is full/);
      expect(server.stderr()).not.toMatch(/^\s+at /m);

      const wal = join(dir, 'vneid-guide.sqlite-wal');
      const walWhenFull = statSync(wal).size;
      unlinkSync(join(dir, 'ballast'));
      await expect.poll(async () => (await health()).code, { timeout: 20_000 }).toBe(200);
      // The WAL gave its space back (a TRUNCATE checkpoint), instead of keeping it for good.
      expect(statSync(wal).size).toBeLessThan(walWhenFull);

      // Devices resend what was refused: every batch counted once, nothing lost or doubled.
      for (const i of refused) {
        const res = await post(batches[i]!);
        expect(res.status).toBe(200);
        expect(((await res.json()) as { duplicate: boolean }).duplicate).toBe(false);
        stored.add(i);
      }
      expect(stored.size).toBe(batches.length);
      expect(await guided()).toBe(batches.reduce((s, b) => s + totalOf(b), 0));
    } finally {
      await server.stop();
      execFileSync('umount', ['-l', dir]);
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
