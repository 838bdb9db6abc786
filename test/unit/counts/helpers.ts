import { randomBytes } from 'node:crypto';
import { validateCountBatch, type Counter, type CountBatch, type ValidBatch } from '../../../src/core/counts/batch';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { seededRandom } from '../../support/seeded-random';

/** A small deterministic random generator, so a failing random test can be replayed. */
export const seeded = seededRandom;

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

/** A batch of these counters as the collector accepts it (throws when the collector would refuse it). */
export function valid(counters: Counter[], id?: string): ValidBatch {
  const r = validateCountBatch(batch(counters, id), TODAY);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.batch;
}
