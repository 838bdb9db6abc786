import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CountBatch } from '../../../src/core/counts/batch';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { batchId } from './helpers';

const SCRIPT = join(__dirname, 'fixtures/collector-process.ts');

const children: ChildProcess[] = [];

function startProcess(dataDir: string): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    // node itself with tsx's loader: one process, so SIGKILL hits the server and not a wrapper.
    const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
    children.push(child);
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /READY (\d+)/.exec(out);
      if (m) resolve({ child, url: `http://127.0.0.1:${m[1]}/api/counts` });
    });
    child.on('exit', (code) => reject(new Error(`collector exited early (${code})`)));
  });
}

/** Batch i: 50 counters under its own source tag, so a partly stored batch would show. */
function makeBatch(i: number, day: string): CountBatch {
  return {
    batchId: batchId(),
    counters: Array.from({ length: 50 }, (_, k) => ({
      day,
      channel: 'phone' as const,
      source: `b-${i}`,
      version: '0.1.0',
      event: 'tutorial_step_done' as const,
      param: `activate/s${k}`,
      n: 1 + ((i + k) % 7),
    })),
  };
}
const totalOf = (b: CountBatch) => b.counters.reduce((s, c) => s + c.n, 0);

async function send(url: string, b: CountBatch): Promise<boolean> {
  try {
    const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(b) });
    return res.ok && ((await res.json()) as { batchId?: string }).batchId === b.batchId;
  } catch {
    return false;
  }
}

describe('collector killed with SIGKILL during a stream of batches', () => {
  it('keeps every acknowledged batch, never part of one, and ends with exact totals after resends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'counts-kill-'));
    try {
      const day = new Date().toISOString().slice(0, 10);
      const batches = Array.from({ length: 400 }, (_, i) => makeBatch(i, day));
      const acked = new Set<string>();
      const first = await startProcess(dir);
      let next = 0;
      let killed = false;
      const worker = async () => {
        while (next < batches.length && !killed) {
          const b = batches[next++]!;
          if (await send(first.url, b)) acked.add(b.batchId);
          if (acked.size >= 120 && !killed) {
            killed = true;
            first.child.kill('SIGKILL');
          }
        }
      };
      await Promise.all(Array.from({ length: 8 }, worker));
      await new Promise((r) => (first.child.exitCode !== null || first.child.signalCode ? r(null) : first.child.once('exit', r)));
      expect(first.child.signalCode).toBe('SIGKILL');
      expect(acked.size).toBeLessThan(batches.length); // killed mid-stream

      // Straight after the crash: acknowledged batches are all there; no batch is there in part.
      const store = new SqliteCountStore(openSqlite(dir));
      const bySource = new Map<string, number>();
      for (const r of store.counterRows()) bySource.set(r.source, (bySource.get(r.source) ?? 0) + r.n);
      batches.forEach((b, i) => {
        const stored = bySource.get(`b-${i}`) ?? 0;
        if (acked.has(b.batchId)) expect(stored).toBe(totalOf(b));
        else expect([0, totalOf(b)]).toContain(stored);
      });
      await store.close();

      // Restart; devices send again everything not acknowledged (some of it already stored).
      const second = await startProcess(dir);
      for (const b of batches) if (!acked.has(b.batchId)) expect(await send(second.url, b)).toBe(true);
      second.child.kill('SIGTERM');
      await new Promise((r) => second.child.once('exit', r));
      const after = new SqliteCountStore(openSqlite(dir));
      expect(await after.grandTotal()).toEqual({ counts: batches.reduce((s, b) => s + totalOf(b), 0), batches: 400 });
      await after.close();
    } finally {
      for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
