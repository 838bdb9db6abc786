import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCountBatch, type Counter, type ValidBatch } from '../../../src/core/counts/batch';
import { COUNT_EVENT_NAMES } from '../../../src/core/counts/vocabulary';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { monthsCovering } from '../../../src/server/storage/ranges';
import { openStorage } from '../../../src/server/storage/index';
import { TODAY, batch, counter, memoryStore, seeded } from './helpers';

function valid(counters: Counter[], id?: string): ValidBatch {
  const r = validateCountBatch(batch(counters, id), TODAY);
  if (!r.ok) throw new Error(JSON.stringify(r.problems));
  return r.batch;
}

const stores: SqliteCountStore[] = [];
const fresh = () => {
  const s = memoryStore();
  stores.push(s);
  return s;
};
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

describe('SqliteCountStore.ingest', () => {
  it('adds a batch once, however often it is sent', async () => {
    const store = fresh();
    const b = valid([counter({ n: 3 }), counter({ event: 'checker_outcome', param: 'activate-now', n: 2 })]);
    expect(await store.ingest(b, 'd1', TODAY)).toEqual({ status: 'added', counters: 2 });
    expect(await store.ingest(b, 'd1', TODAY)).toEqual({ status: 'duplicate', counters: 2 });
    expect(await store.grandTotal()).toEqual({ counts: 5, batches: 1 });
  });

  it('refuses a batch id reused for other counters, changing nothing', async () => {
    const store = fresh();
    const b = valid([counter()]);
    await store.ingest(b, 'd1', TODAY);
    expect((await store.ingest({ ...b, counters: [{ ...b.counters[0]!, n: 50 }] }, 'd2', TODAY)).status).toBe('conflict');
    expect(await store.grandTotal()).toEqual({ counts: 1, batches: 1 });
  });

  it('adds counters with the same dimensions from different batches', async () => {
    const store = fresh();
    await store.ingest(valid([counter({ n: 2 })]), 'a', TODAY);
    await store.ingest(valid([counter({ n: 5 })]), 'b', TODAY);
    expect([...store.totalsByKey().values()]).toEqual([7]);
  });

  it('keeps the running sums equal to the counters, for any mix of batches', async () => {
    const store = fresh();
    const rnd = seeded(7);
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
    const params: Record<string, string | undefined> = {
      screen_open: 'home',
      share_shown: 'checker',
      checker_outcome: 'level2-police',
      tutorial_start: 'activate',
      tutorial_finish: 'activate',
      tutorial_step_done: 'activate/otp',
      tutorial_stuck: 'activate/otp',
      point_search: 'gps',
      volunteer_tally: 'activated-level1',
      visit_progress: 'checker_outcome',
      volunteer_checklist: 'all-ticked',
    };
    const days = ['2025-07-30', '2025-07-31', '2025-08-01', '2025-08-31', '2025-09-01', '2025-09-15'];
    const localities = ['79-26734', '79-26740', '01-00004', '01', ''];
    let total = 0;
    for (let b = 0; b < 60; b++) {
      const seen = new Map<string, Counter>();
      for (let i = 0; i < 30; i++) {
        // An undo comes from a volunteer after its tally (test/unit/volunteer/undo.test.ts), never at random.
        const event = pick(COUNT_EVENT_NAMES.filter((e) => e !== 'volunteer_tally_undone'));
        const c = counter({
          day: pick(days),
          locality: pick(localities) || undefined,
          event,
          param: params[event],
          n: 1 + Math.floor(rnd() * 9),
        });
        if (c.locality === undefined) delete c.locality;
        if (c.param === undefined) delete c.param;
        seen.set(JSON.stringify(c), c);
      }
      const counters = [...new Map([...seen.values()].map((c) => [JSON.stringify({ ...c, n: 0 }), c])).values()];
      total += counters.reduce((s, c) => s + c.n, 0);
      await store.ingest(valid(counters), `digest${b}`, TODAY);
    }
    const all = { from: '2025-07-01', to: '2025-09-30' };
    const rows = store.counterRows();
    expect(rows.reduce((s, r) => s + r.n, 0)).toBe(total);
    // daily sums = counters, per event and param
    const byEvent = await store.eventTotals(all, COUNT_EVENT_NAMES);
    for (const e of byEvent) {
      const want = rows.filter((r) => r.event === e.event && r.param === e.param).reduce((s, r) => s + r.n, 0);
      expect(e.n).toBe(want);
    }
    // place sums over a range cutting months in the middle = the same from day rows
    for (const range of [all, { from: '2025-07-31', to: '2025-09-01' }, { from: '2025-08-01', to: '2025-08-31' }]) {
      const table = await store.placeTotals(range);
      const days = await store.placeDays(range);
      const guided = rows
        .filter((r) => r.event === 'checker_start' && r.day >= range.from && r.day <= range.to)
        .reduce((s, r) => s + r.n, 0);
      expect(table.reduce((s, r) => s + r.guided, 0)).toBe(guided);
      expect(days.reduce((s, r) => s + r.guided, 0)).toBe(guided);
    }
    // a province filter takes its communes and the province-level counts
    const hcm = await store.eventTotals({ ...all, locality: '79' }, ['checker_start']);
    const want = rows.filter((r) => r.event === 'checker_start' && r.locality.startsWith('79')).reduce((s, r) => s + r.n, 0);
    expect(hcm.reduce((s, r) => s + r.n, 0)).toBe(want);
    // Rebuilding the sums from the counters gives exactly what ingest kept up to date.
    const snapshot = async () =>
      JSON.stringify([
        await store.placeDays(all),
        await store.placeTotals(all),
        await store.eventTotals(all, COUNT_EVENT_NAMES),
        await store.dailyTotals(all, COUNT_EVENT_NAMES),
      ]);
    const before = await snapshot();
    store.rebuildSums();
    expect(await snapshot()).toBe(before);
    const commune = await store.dailyTotals({ ...all, locality: '79-26734' }, ['checker_start']);
    expect(commune.reduce((s, r) => s + r.n, 0)).toBe(
      rows.filter((r) => r.event === 'checker_start' && r.locality === '79-26734').reduce((s, r) => s + r.n, 0),
    );
  });

  it('keeps counts across a restart on disk (WAL)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'counts-'));
    try {
      const a = new SqliteCountStore(openSqlite(dir));
      await a.ingest(valid([counter({ n: 4 })]), 'x', TODAY);
      await a.close();
      const b = new SqliteCountStore(openSqlite(dir));
      expect(await b.grandTotal()).toEqual({ counts: 4, batches: 1 });
      await b.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the count store on a worker thread (the server default)', () => {
  it('ingests, answers queries and survives its worker dying', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'counts-worker-'));
    const storage = openStorage(dir, { worker: true });
    try {
      const b = valid([counter({ n: 2 }), counter({ event: 'checker_outcome', param: 'activate-now', n: 3 })]);
      expect(await storage.counts.ingest(b, 'd', TODAY)).toEqual({ status: 'added', counters: 2 });
      expect(await storage.counts.ingest(b, 'd', TODAY)).toEqual({ status: 'duplicate', counters: 2 });
      expect(await storage.counts.eventTotals({ from: TODAY, to: TODAY }, ['checker_outcome'])).toEqual([
        { event: 'checker_outcome', param: 'activate-now', n: 3 },
      ]);
      // Filters are bound parameters, never spliced into SQL.
      await expect(storage.counts.dailyTotals({ from: TODAY, to: TODAY, locality: "79' OR 1=1" }, ['checker_start'])).resolves.toEqual([]);
      // The worker dies: the next call starts another on the same file.
      await (storage.counts as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
      expect(await storage.counts.grandTotal()).toEqual({ counts: 5, batches: 1 });
    } finally {
      await storage.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 30_000);
});

describe('monthsCovering', () => {
  it('splits a range into whole months and leftover days', () => {
    expect(monthsCovering('2025-01-01', '2025-12-31')).toEqual({ months: ['2025-01', '2025-12'], days: [] });
    expect(monthsCovering('2025-03-15', '2025-06-10')).toEqual({
      months: ['2025-04', '2025-05'],
      days: [
        ['2025-03-15', '2025-03-31'],
        ['2025-06-01', '2025-06-10'],
      ],
    });
    expect(monthsCovering('2025-03-15', '2025-03-20')).toEqual({ months: null, days: [['2025-03-15', '2025-03-20']] });
    expect(monthsCovering('2024-02-01', '2024-02-29')).toEqual({ months: ['2024-02', '2024-02'], days: [] });
    expect(monthsCovering('2025-02-10', '2025-03-31')).toEqual({ months: ['2025-03', '2025-03'], days: [['2025-02-10', '2025-02-28']] });
  });
});
