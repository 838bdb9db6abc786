import { COUNT_LIMITS, isBatchId } from '../../core/counts/limits';
import { addDays, localDay } from '../../core/counts/dimensions';
import { deleteBatch, outboxBatches, sealBatch, type CountsDb } from './counts-db';
import type { SendResult } from './sender';
import type { CountBatch } from '../../core/counts/batch';

export interface DeliveryDeps {
  db: CountsDb;
  send(batch: CountBatch): Promise<SendResult>;
  newBatchId(): string;
  now(): number;
}

export type FlushOutcome =
  { kind: 'done'; sent: number; refused: number } | { kind: 'retry'; sent: number; refused: number; afterMs?: number };

/** Uploads per flush at most, so one flush never runs for long. */
const MAX_SENDS = 20;

/**
 * One delivery round: first the batches already sealed (they may have reached the collector
 * before a failure: resent with the same id, counted once), then new batches sealed from the open
 * counters. Stops at the first failure; the caller schedules the retry.
 */
export async function flushOnce(deps: DeliveryDeps): Promise<FlushOutcome> {
  let sent = 0;
  let refused = 0;
  const oldest = addDays(localDay(new Date(deps.now())), -COUNT_LIMITS.maxAgeDays + 1);
  for (let sends = 0; sends < MAX_SENDS; sends++) {
    const batch = (await outboxBatches(deps.db))[0] ?? (await sealBatch(deps.db, deps.newBatchId(), oldest, deps.now()));
    if (!batch) break;
    const result = await deps.send(batch);
    if (result.kind === 'retry') return { kind: 'retry', sent, refused, afterMs: result.afterMs };
    await deleteBatch(deps.db, batch.batchId);
    if (result.kind === 'acked') sent++;
    else refused++;
  }
  return { kind: 'done', sent, refused };
}

/** Wait before retry number `failures` (1, 2, ...): 5 s doubling to 30 min, with jitter. */
export function backoffMs(failures: number, random: () => number = Math.random): number {
  const base = Math.min(5_000 * 2 ** Math.max(0, failures - 1), 30 * 60_000);
  return Math.round(base * (0.5 + random() / 2));
}

/**
 * A random batch id: 16 random bytes in base64url (22 characters), drawn again in the rare case
 * (about 1 in 200,000) it holds a run of 8 digits, which the collector refuses.
 */
export function randomBatchId(random: (bytes: Uint8Array) => Uint8Array = (b) => crypto.getRandomValues(b)): string {
  for (;;) {
    const bytes = random(new Uint8Array(16));
    let s = '';
    for (const b of bytes) s += String.fromCharCode(b);
    const id = btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
    if (isBatchId(id)) return id;
  }
}
