import { afterEach, describe, expect, it } from 'vitest';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { monthsCovering, periodsCovering } from '../../../src/server/storage/ranges';
import { openStorage } from '../../../src/server/storage/index';
import { TODAY, batch, counter, memoryStore, valid } from './helpers';
import { tempDir } from '../support/temp-dir';

const stores: SqliteCountStore[] = [];
const fresh = () => {
  const s = memoryStore();
  stores.push(s);
  return s;
};
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close();
});

// What every database must do is in store-contract.test.ts (run on SQLite and PostgreSQL); these
// are SQLite's own: its in-process sums, its file on disk and its worker thread.
describe('SqliteCountStore', () => {
  it('adds counters with the same dimensions from different batches', async () => {
    const store = fresh();
    await store.ingest(valid([counter({ n: 2 })]), 'a', TODAY);
    await store.ingest(valid([counter({ n: 5 })]), 'b', TODAY);
    expect([...store.totalsByKey().values()]).toEqual([7]);
  });

  it('keeps counts across a restart on disk (WAL)', async () => {
    const dir = tempDir('counts-');
    const a = new SqliteCountStore(openSqlite(dir));
    await a.ingest(valid([counter({ n: 4 })]), 'x', TODAY);
    await a.close();
    const b = new SqliteCountStore(openSqlite(dir));
    expect(await b.grandTotal()).toEqual({ counts: 4, batches: 1 });
    await b.close();
  });
});

describe('the count store on a worker thread (the server default)', () => {
  it('ingests, answers queries and survives its worker dying', async () => {
    const storage = openStorage(tempDir('counts-worker-'), { worker: true });
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
    }
  }, 30_000);
});

describe('a batch as text, checked before the worker thread (what the server posts)', () => {
  it('counts a batch id once, refuses other bytes under it, and refuses what is not a batch without storing it', async () => {
    const storage = openStorage(tempDir('counts-text-'), { worker: true });
    const ingestText = storage.counts.ingestText!.bind(storage.counts);
    try {
      const b = batch([counter({ n: 2 }), counter({ event: 'checker_outcome', param: 'activate-now', n: 3 })]);
      const text = JSON.stringify(b);
      expect(await ingestText(text, TODAY)).toEqual({ status: 'added', counters: 2, batchId: b.batchId });
      // A resend (the same bytes): acknowledged, not counted again; at once with a third copy too.
      const again = await Promise.all([ingestText(text, TODAY), ingestText(text, TODAY)]);
      expect(again).toEqual([0, 1].map(() => ({ status: 'duplicate', counters: 2, batchId: b.batchId })));
      // The same id with other counters (or only other bytes): refused, nothing changes.
      const other = JSON.stringify({ ...b, counters: [counter({ n: 9 })] });
      expect(await ingestText(other, TODAY)).toEqual({ status: 'conflict', counters: 1, batchId: b.batchId });
      expect(await ingestText(text.replace('{', '{ '), TODAY)).toMatchObject({ status: 'conflict' });
      expect(await ingestText('{"batchId":', TODAY)).toEqual({ status: 'not_json' });
      const refused = await ingestText(JSON.stringify(batch([counter({ event: 'nope' as 'checker_start' })])), TODAY);
      expect(refused.status).toBe('invalid_batch');
      expect(refused).toMatchObject({ problems: [expect.stringContaining('counters[0].event')] });
      expect(await storage.counts.grandTotal()).toEqual({ counts: 5, batches: 1 });
    } finally {
      await storage.close();
    }
  }, 30_000);
});

describe('batches that arrive together (one transaction in the worker: group commit)', () => {
  it('counts each id once within the group, refuses other bytes under an id the group just counted, and keeps the rest', async () => {
    const storage = openStorage(tempDir('counts-group-'), { worker: true });
    const ingestText = storage.counts.ingestText!.bind(storage.counts);
    try {
      const one = batch([counter({ n: 2 }), counter({ event: 'checker_outcome', param: 'activate-now', n: 3 })]);
      const two = batch([counter({ n: 7, locality: '79-26734' })]);
      const text = JSON.stringify(one);
      // Sent in one turn of the event loop: they cross to the worker in one message and share a transaction.
      const answers = await Promise.all([
        ingestText(text, TODAY),
        ingestText(text, TODAY),
        ingestText(JSON.stringify({ ...one, counters: [counter({ n: 9 })] }), TODAY),
        ingestText('{"batchId":', TODAY),
        ingestText(JSON.stringify(two), TODAY),
      ]);
      expect(answers.map((a) => a.status)).toEqual(['added', 'duplicate', 'conflict', 'not_json', 'added']);
      expect(await storage.counts.grandTotal()).toEqual({ counts: 12, batches: 2 });
      expect(await storage.counts.eventTotals({ from: TODAY, to: TODAY }, ['checker_start', 'checker_outcome'])).toEqual([
        { event: 'checker_outcome', param: 'activate-now', n: 3 },
        { event: 'checker_start', param: '', n: 9 },
      ]);
    } finally {
      await storage.close();
    }
  }, 30_000);
});

describe('periodsCovering', () => {
  it('reads whole years from yearly sums, the months and days left at either end from the others', () => {
    expect(periodsCovering('2025-01-01', '2025-12-31')).toEqual({ years: ['2025', '2025'], months: [], days: [] });
    expect(periodsCovering('2024-11-20', '2026-02-03')).toEqual({
      years: ['2025', '2025'],
      months: [
        ['2024-12', '2024-12'],
        ['2026-01', '2026-01'],
      ],
      days: [
        ['2024-11-20', '2024-11-30'],
        ['2026-02-01', '2026-02-03'],
      ],
    });
    expect(periodsCovering('2024-01-01', '2026-12-31')).toEqual({ years: ['2024', '2026'], months: [], days: [] });
    // Less than a calendar year: as before, months and days only.
    expect(periodsCovering('2025-02-01', '2026-01-31')).toEqual({ years: null, months: [['2025-02', '2026-01']], days: [] });
    expect(periodsCovering('2025-03-15', '2025-03-20')).toEqual({ years: null, months: [], days: [['2025-03-15', '2025-03-20']] });
    expect(periodsCovering('2025-12-31', '2025-12-01')).toEqual({ years: null, months: [], days: [] });
  });
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
