import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore } from 'idb';
import { COUNT_LIMITS } from '../../core/counts/limits';
import { counterKey, toCounter, type CountBatch, type CounterRow } from '../../core/counts/batch';

/**
 * The device's pending counts in IndexedDB. Two stores hold them:
 * - `counters`: open counters keyed by all their dimensions, incremented as events happen;
 * - `outbox`: sealed batches, each with its batch id, sent again unchanged until the collector
 *   acknowledges them. A batch is only ever deleted after an acknowledgement (or a refusal).
 * Sealing moves counters into the outbox in one transaction, so a count is in exactly one place.
 * A third, `written`, holds each page's last committed write (see WriteMark).
 */
interface CountsSchema extends DBSchema {
  counters: { key: string; value: { key: string; row: CounterRow } };
  outbox: { key: string; value: SealedBatch };
  written: { key: string; value: WriteMark };
}

/**
 * The last write a page committed (one mark per page load, written in the same transaction as the
 * counts). A page left while a write was in flight keeps that write's rows in localStorage; the
 * next page adds them only if the mark shows the write never committed (see recorder.ts).
 */
export interface WriteMark {
  page: string;
  seq: number;
  at: number;
}

/** A write that was in flight when its page was left: its rows, and which write it was. */
export interface InflightWrite {
  page: string;
  seq: number;
  rows: Omit<CounterRow, 'n'>[];
}

/** Marks older than this are removed: a page left mid-write is picked up by the next visit long before. */
const MARK_KEEP_MS = 14 * 24 * 3600_000;

/** A page's mark once its left writes were recovered: later than any write it made. */
const RECOVERED = Number.MAX_SAFE_INTEGER;

export interface SealedBatch extends CountBatch {
  /** Order of sealing (a clock reading), so batches go out oldest first. */
  sealedAt: number;
}

/** Sealed batches kept at most: with the open counters' cap, this bounds the storage used. */
export const MAX_OUTBOX_BATCHES = 25;

export type CountsDb = IDBPDatabase<CountsSchema>;

export const COUNTS_DB = 'vneid-counts';

export function openCountsDb(name = COUNTS_DB): Promise<CountsDb> {
  return openDB<CountsSchema>(name, 2, {
    upgrade(db) {
      // Each store made only if missing: version 1 had counters and outbox, version 2 adds write marks.
      if (!db.objectStoreNames.contains('counters')) db.createObjectStore('counters', { keyPath: 'key' });
      if (!db.objectStoreNames.contains('outbox')) db.createObjectStore('outbox', { keyPath: 'batchId' });
      if (!db.objectStoreNames.contains('written')) db.createObjectStore('written', { keyPath: 'page' });
    },
  });
}

type CountersStore = IDBPObjectStore<CountsSchema, ('counters' | 'written')[], 'counters', 'readwrite'>;

/**
 * Adds one to each counter (a row listed twice adds two). Beyond the storage cap, counts for new
 * keys are dropped (existing ones still grow): weeks offline fit, a runaway loop cannot fill the disk.
 * With `mark`, the same transaction records which write of which page this was.
 * Returns how many counts were dropped.
 */
export async function addCounts(db: CountsDb, rows: readonly Omit<CounterRow, 'n'>[], mark?: WriteMark): Promise<number> {
  const tx = db.transaction(['counters', 'written'], 'readwrite');
  const work = async () => {
    const dropped = await addRows(tx.objectStore('counters'), rows);
    if (mark) await tx.objectStore('written').put(mark);
    return dropped;
  };
  // Awaited together: an aborted transaction (the page unloading) rejects once, not twice.
  const [dropped] = await Promise.all([work(), tx.done]);
  return dropped;
}

async function addRows(store: CountersStore, rows: readonly Omit<CounterRow, 'n'>[]): Promise<number> {
  let size = await store.count();
  let dropped = 0;
  for (const dims of rows) {
    const key = counterKey(dims);
    const old = await store.get(key);
    if (old) {
      if (old.row.n < COUNT_LIMITS.maxCount) await store.put({ key, row: { ...old.row, n: old.row.n + 1 } });
      else dropped++;
    } else if (size < COUNT_LIMITS.deviceMaxCounters) {
      await store.put({ key, row: { ...dims, n: 1 } });
      size++;
    } else dropped++;
  }
  return dropped;
}

/**
 * Adds the rows of writes that were in flight when their page was left, unless their page's mark
 * shows they committed after all. One transaction over counters and marks: IndexedDB runs it only
 * after the old page's write has committed or aborted, so a row is never counted twice or lost.
 * Those pages are marked recovered; marks too old to matter are removed. Returns how many writes were added.
 */
export async function recoverInflight(db: CountsDb, writes: readonly InflightWrite[], now: number): Promise<number> {
  const tx = db.transaction(['counters', 'written'], 'readwrite');
  const marks = tx.objectStore('written');
  const work = async () => {
    // Each page's mark as it was before this recovery (a page back from the back-forward cache
    // can leave two writes): decided against that, then marked recovered.
    const before = new Map<string, WriteMark | undefined>();
    for (const w of writes) if (!before.has(w.page)) before.set(w.page, await marks.get(w.page));
    let added = 0;
    for (const w of writes) {
      const mark = before.get(w.page);
      if (!mark || mark.seq < w.seq) {
        await addRows(tx.objectStore('counters'), w.rows);
        added++;
      }
    }
    // Marked as recovered, not deleted: if this page is left before this transaction commits, it
    // keeps the same writes again, and the next visit knows from these marks whether they went in.
    for (const page of before.keys()) await marks.put({ page, seq: RECOVERED, at: now });
    for (const mark of await marks.getAll()) if (mark.at < now - MARK_KEEP_MS) await marks.delete(mark.page);
    return added;
  };
  const [added] = await Promise.all([work(), tx.done]);
  return added;
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
