import { addDays } from '../../core/counts/dimensions';
import { COUNT_LIMITS } from '../../core/counts/limits';
import type { CountStore } from './count-store';

/**
 * Batch ids are kept to tell a resend from a new batch. A device never resends counters older
 * than its retention (maxAgeDays; the collector refuses them too), so an id received longer ago
 * than that, plus the days a device clock may run ahead and a week to spare, is never needed again.
 */
export const KEEP_BATCH_IDS_DAYS = COUNT_LIMITS.maxAgeDays + COUNT_LIMITS.maxDaysAhead + 7;

const DAY_MS = 86_400_000;

/** Prunes now and once a day (the timer does not keep the process alive). Returns a stop function. */
export function pruneBatchIdsDaily(counts: CountStore, now: () => Date = () => new Date()): () => void {
  const run = () => {
    const before = addDays(now().toISOString().slice(0, 10), -KEEP_BATCH_IDS_DAYS);
    counts.pruneBatches(before).catch((e: unknown) => console.error(`Pruning old batch ids failed: ${e instanceof Error ? e.message : e}`));
  };
  run();
  const timer = setInterval(run, DAY_MS);
  timer.unref();
  return () => clearInterval(timer);
}
