import { describe, expect, it } from 'vitest';
import { validateCountBatch } from '../../../src/core/counts/batch';
import { COUNT_LIMITS } from '../../../src/core/counts/limits';
import { KEEP_BATCH_IDS_DAYS, pruneBatchIdsDaily } from '../../../src/server/storage/prune';
import { batch, counter, memoryStore } from './helpers';

describe('pruning batch ids', () => {
  it('keeps every id a device could still resend, and forgets older ones', async () => {
    expect(KEEP_BATCH_IDS_DAYS).toBeGreaterThan(COUNT_LIMITS.maxAgeDays + COUNT_LIMITS.maxDaysAhead);
    const store = memoryStore();
    const today = '2026-12-01';
    const add = async (received: string) => {
      const r = validateCountBatch(batch([counter({ day: today })]), today);
      if (!r.ok) throw new Error('invalid');
      await store.ingest(r.batch, 'd', received);
    };
    await add('2025-10-01'); // 426 days ago: forgotten
    await add('2025-10-30'); // 397 days ago: kept
    await add(today);
    const stop = pruneBatchIdsDaily(store, () => new Date(`${today}T03:00:00Z`));
    stop();
    await expect.poll(async () => (await store.grandTotal()).batches).toBe(2);
    expect((await store.grandTotal()).counts).toBe(3); // the counts stay
    await store.close();
  });
});
