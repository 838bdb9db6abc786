import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { COUNT_LIMITS } from '../../core/counts/limits';
import { counterKey, toCounter, type CountBatch, type CounterRow } from '../../core/counts/batch';

/**
 * The device's pending counts in IndexedDB. Two stores:
 * - `counters`: open counters keyed by all their dimensions, incremented as events happen;
 * - `outbox`: sealed batches, each with its batch id, sent again unchanged until the collector
 *   acknowledges them. A batch is only ever deleted after an acknowledgement (or a refusal).
 * Sealing moves counters into the outbox in one transaction, so a count is in exactly one place.
 */
interface CountsSchema extends DBSchema {
  counters: { key: string; value: { key: string; row: CounterRow } };
  outbox: { key: string; value: SealedBatch };
}

export interface SealedBatch extends CountBatch {
  /** Order of sealing (a clock reading), so batches go out oldest first. */
  sealedAt: number;
}

/** Sealed batches kept at most: with the open counters' cap, this bounds the storage used. */
export const MAX_OUTBOX_BATCHES = 25;

export type CountsDb = IDBPDatabase<CountsSchema>;

export const COUNTS_DB = 'vneid-counts';

export function openCountsDb(name = COUNTS_DB): Promise<CountsDb> {
  return openDB<CountsSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore('counters', { keyPath: 'key' });
      db.createObjectStore('outbox', { keyPath: 'batchId' });
    },
  });
}

/**
 * Adds one to each counter (a row listed twice adds two). Beyond the storage cap, counts for new
 * keys are dropped (existing ones still grow): weeks offline fit, a runaway loop cannot fill the disk.
 * Returns how many counts were dropped.
 */
export async function addCounts(db: CountsDb, rows: readonly Omit<CounterRow, 'n'>[]): Promise<number> {
  const tx = db.transaction('counters', 'readwrite');
  let size = await tx.store.count();
  let dropped = 0;
  for (const dims of rows) {
    const key = counterKey(dims);
    const old = await tx.store.get(key);
    if (old) {
      if (old.row.n < COUNT_LIMITS.maxCount) await tx.store.put({ key, row: { ...old.row, n: old.row.n + 1 } });
      else dropped++;
    } else if (size < COUNT_LIMITS.deviceMaxCounters) {
      await tx.store.put({ key, row: { ...dims, n: 1 } });
      size++;
    } else dropped++;
  }
  await tx.done;
  return dropped;
}

/**
 * Moves up to `max` open counters into a new outbox batch with `batchId`, atomically. Counters
 * older than the collector accepts are dropped here. Returns null when nothing is left to seal or
 * the outbox is full.
 */
export async function sealBatch(
  db: CountsDb,
  batchId: string,
  oldestDay: string,
  sealedAt: number,
  max: number = COUNT_LIMITS.deviceBatchSize,
): Promise<SealedBatch | null> {
  const tx = db.transaction(['counters', 'outbox'], 'readwrite');
  const counters = tx.objectStore('counters');
  const outbox = tx.objectStore('outbox');
  if ((await outbox.count()) >= MAX_OUTBOX_BATCHES) {
    await tx.done;
    return null;
  }
  const open = await counters.getAll(undefined, max);
  const keep = open.filter((c) => c.row.day >= oldestDay);
  for (const c of open) await counters.delete(c.key);
  let batch: SealedBatch | null = null;
  if (keep.length > 0) {
    batch = { batchId, counters: keep.map((c) => toCounter(c.row)), sealedAt };
    await outbox.put(batch);
  }
  await tx.done;
  return batch;
}

export async function outboxBatches(db: CountsDb): Promise<SealedBatch[]> {
  const all = await db.getAll('outbox');
  return all.sort((a, b) => a.sealedAt - b.sealedAt);
}

export async function deleteBatch(db: CountsDb, batchId: string): Promise<void> {
  await db.delete('outbox', batchId);
}

/** Everything not yet delivered, for tests and the "what is waiting" line on the privacy screen. */
export async function pendingTotal(db: CountsDb): Promise<number> {
  let total = 0;
  for (const c of await db.getAll('counters')) total += c.row.n;
  for (const b of await db.getAll('outbox')) for (const c of b.counters) total += c.n;
  return total;
}

export async function clearCounts(db: CountsDb): Promise<void> {
  const tx = db.transaction(['counters', 'outbox'], 'readwrite');
  await Promise.all([tx.objectStore('counters').clear(), tx.objectStore('outbox').clear(), tx.done]);
}
