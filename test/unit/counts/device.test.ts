import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { counterKey } from '../../../src/core/counts/batch';
import { COUNT_LIMITS } from '../../../src/core/counts/limits';
import { addCounts, openCountsDb, outboxBatches, pendingTotal, type CountsDb } from '../../../src/platform/counts/counts-db';
import { flushOnce, randomBatchId, type FlushOutcome } from '../../../src/platform/counts/delivery';
import { toDimensions } from '../../../src/platform/counts/record';
import { sendBatch } from '../../../src/platform/counts/sender';
import type { PendingCount } from '../../../src/platform/counts/types';
import { startCollector, startFlakyProxy, type Fault, type Running } from './http-fixtures';
import { seeded } from './helpers';

const open: Running[] = [];
afterEach(async () => {
  for (const r of open.splice(0)) await r.close();
});

let dbSeq = 0;

/** A phone: counts into (fake) IndexedDB with the real code; remembers what it counted. */
async function device(seed: number) {
  const db: CountsDb = await openCountsDb(`device-${seed}-${dbSeq++}`);
  const tally = new Map<string, number>();
  const rnd = seeded(seed);
  let clock = Date.parse('2025-09-01T08:00:00+07:00');
  const events: Omit<PendingCount, 'at'>[] = [
    { event: 'screen_open', param: 'home' },
    { event: 'checker_start' },
    { event: 'checker_outcome', param: 'activate-now' },
    { event: 'tutorial_start', param: 'activate' },
    { event: 'tutorial_step_done', param: 'activate/otp' },
    { event: 'tutorial_finish', param: 'activate' },
    { event: 'point_search', param: 'text' },
    { event: 'volunteer_tally', param: 'activated-level2', channel: 'volunteer', source: 'doi-3' },
    { event: 'kiosk_session_start', channel: 'kiosk', source: 'nvh-1', locality: '79-26734' },
  ];
  return {
    db,
    tally,
    /** Moves the device's clock on (days offline). */
    advance(ms: number) {
      clock += ms;
    },
    now: () => clock,
    async use(times: number) {
      const rows = [];
      for (let i = 0; i < times; i++) {
        // Step ids vary widely, so a few hundred counts make several batches' worth of counters.
        const e =
          rnd() < 0.5
            ? { event: 'tutorial_step_done' as const, param: `activate/s${Math.floor(rnd() * 400)}` }
            : events[Math.floor(rnd() * events.length)]!;
        const dims = toDimensions({ ...e, at: clock + Math.floor(rnd() * 3_600_000) }, '0.1.0', 'poster-q5');
        if (!dims) throw new Error('not in the vocabulary');
        rows.push(dims);
        tally.set(counterKey(dims), (tally.get(counterKey(dims)) ?? 0) + 1);
      }
      expect(await addCounts(db, rows)).toBe(0);
    },
    flush(url: string, timeoutMs = 500): Promise<FlushOutcome> {
      return flushOnce({ db, send: (b) => sendBatch(url, b, timeoutMs), newBatchId: randomBatchId, now: () => clock });
    },
  };
}

/** Flushes until the device has nothing left (a bounded number of rounds). */
async function drain(d: Awaited<ReturnType<typeof device>>, url: string): Promise<void> {
  for (let round = 0; round < 200; round++) {
    const outcome = await d.flush(url);
    if (outcome.kind === 'done' && (await pendingTotal(d.db)) === 0) return;
  }
  throw new Error('device never emptied');
}

describe('device → collector delivery', () => {
  it('after days offline, the collector’s totals equal what the device counted', async () => {
    const server = await startCollector();
    open.push(server);
    const d = await device(1);
    const offline = 'http://127.0.0.1:9/api/counts'; // nothing listens: connection refused
    for (let day = 0; day < 12; day++) {
      await d.use(40);
      expect((await d.flush(offline)).kind).toBe('retry');
      d.advance(86_400_000);
    }
    // The device keeps one sealed batch waiting, the rest as open counters; nothing lost.
    expect(await pendingTotal(d.db)).toBe(480);
    await drain(d, server.url);
    expect(server.store.totalsByKey()).toEqual(d.tally);
    expect(await outboxBatches(d.db)).toEqual([]);
  });

  it.each<Fault>(['500-before', '500-after', 'drop-upload', 'drop-after', 'hang-after'])(
    'a %s failure loses nothing and doubles nothing',
    async (fault) => {
      const server = await startCollector();
      const proxy = await startFlakyProxy(server.url, [fault, 'ok', fault, fault, 'ok']);
      open.push(proxy, server);
      const d = await device(2);
      await d.use(600); // several batches' worth of distinct counters over two days
      d.advance(86_400_000);
      await d.use(600);
      expect(d.tally.size).toBeGreaterThan(400); // three batches or more
      await drain(d, proxy.url);
      expect(proxy.seen.slice(0, 5)).toEqual([fault, 'ok', fault, fault, 'ok']);
      expect(server.store.totalsByKey()).toEqual(d.tally);
      const { batches } = await server.store.grandTotal();
      expect(batches).toBeGreaterThanOrEqual(1);
    },
  );

  it('deletes a batch the collector refuses, so it cannot block later ones', async () => {
    const server = await startCollector();
    open.push(server);
    const d = await device(3);
    await d.use(5);
    // A counter the collector will refuse (too old by its clock), sealed as if by an old app.
    await d.db.put('outbox', {
      batchId: randomBatchId(),
      sealedAt: 0,
      counters: [{ day: '2020-01-01', channel: 'phone', version: '0.1.0', event: 'checker_start', n: 1 }],
    });
    const first = await d.flush(server.url);
    expect(first).toMatchObject({ kind: 'done', refused: 1, sent: 1 });
    expect(server.store.totalsByKey()).toEqual(d.tally);
  });

  it('caps storage: new counters beyond the cap are dropped, existing ones still count', async () => {
    const d = await device(4);
    const many = Array.from({ length: COUNT_LIMITS.deviceMaxCounters + 10 }, (_, i) => ({
      ...toDimensions({ event: 'checker_start', at: Date.parse('2025-01-01T00:00:00Z') + i * 86_400_000 * 0 }, '0.1.0', undefined)!,
      locality: `79-${String(i).padStart(5, '0')}`,
    }));
    expect(await addCounts(d.db, many)).toBe(10);
    expect(await addCounts(d.db, [many[0]!])).toBe(0);
    expect(await pendingTotal(d.db)).toBe(COUNT_LIMITS.deviceMaxCounters + 1);
  });
});
