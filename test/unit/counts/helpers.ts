import { randomBytes } from 'node:crypto';
import type { Counter, CountBatch } from '../../../src/core/counts/batch';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';

export const TODAY = '2025-09-15';

export function counter(over: Partial<Counter> = {}): Counter {
  return { day: TODAY, channel: 'phone', version: '0.1.0', event: 'checker_start', n: 1, ...over };
}

export function batchId(): string {
  return randomBytes(16).toString('base64url');
}

export function batch(counters: Counter[], id = batchId()): CountBatch {
  return { batchId: id, counters };
}

export function memoryStore(): SqliteCountStore {
  return new SqliteCountStore(openSqlite(':memory:'));
}

/** A small deterministic random generator, so a failing random test can be replayed. */
export function seeded(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
