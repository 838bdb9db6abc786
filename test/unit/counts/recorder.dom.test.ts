// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { addCounts, openCountsDb, pendingTotal, type CountsDb } from '../../../src/platform/counts/counts-db';
import { toDimensions } from '../../../src/platform/counts/record';
import { Recorder, recoverLeftWrites, takeLeftRows } from '../../../src/platform/counts/recorder';

const row = (event: 'checker_start' | 'link_opened') => toDimensions({ event, at: Date.now() }, '0.1.0', 'poster-1')!;

describe('Recorder', () => {
  it('keeps rows no transaction has taken when the page is left, and the next visit records them once', async () => {
    let open!: (db: CountsDb) => void;
    const slow = new Promise<CountsDb>((resolve) => (open = resolve));
    const leaving = new Recorder(() => slow);
    leaving.add(row('checker_start'));
    leaving.add(row('link_opened'));
    dispatchEvent(new Event('pagehide'));
    const db = await openCountsDb('recorder-test');
    open(db); // the old page's database open completes after it was left: nothing is written twice
    await leaving.settled();
    expect(await pendingTotal(db)).toBe(0);

    // Someone edited the kept rows: the bad one is dropped, the good ones count.
    const kept = JSON.parse(localStorage.getItem('vneid-guide:counts-left-rows')!) as object[];
    localStorage.setItem('vneid-guide:counts-left-rows', JSON.stringify([...kept, { ...kept[0], event: 'steal', param: 'x' }]));
    const next = new Recorder(() => Promise.resolve(db));
    for (const r of takeLeftRows()) next.add(r);
    await next.settled();
    expect(await pendingTotal(db)).toBe(2);
    expect(localStorage.getItem('vneid-guide:counts-left-rows')).toBeNull();
  });
});

describe('a write in flight when the page is left', () => {
  const JOURNAL = 'vneid-guide:counts-left-writes';

  /** The database as a page sees it whose unload aborts the write it had started. */
  function leftMidWrite(db: CountsDb): CountsDb {
    return new Proxy(db, {
      get(target, key) {
        if (key !== 'transaction') {
          const value: unknown = Reflect.get(target, key, target);
          return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
        }
        return (...args: Parameters<CountsDb['transaction']>) => {
          const tx = target.transaction(...args);
          dispatchEvent(new Event('pagehide'));
          tx.abort(); // what the unload does to a transaction that has not committed
          return tx;
        };
      },
    });
  }

  it('is added by the next visit when the unload aborted it', async () => {
    const db = await openCountsDb('inflight-aborted');
    const leaving = new Recorder(() => Promise.resolve(leftMidWrite(db)));
    leaving.add(row('checker_start'));
    leaving.add(row('link_opened'));
    await leaving.settled();
    expect(await pendingTotal(db)).toBe(0);
    expect(JSON.parse(localStorage.getItem(JOURNAL)!)).toHaveLength(1);

    const next = new Recorder(() => Promise.resolve(db));
    next.recoverLeftWrites();
    await next.settled();
    expect(await pendingTotal(db)).toBe(2);
    expect(localStorage.getItem(JOURNAL)).toBeNull();
  });

  it('is skipped by the next visit when it committed after all (its page mark says so)', async () => {
    const db = await openCountsDb('inflight-committed');
    const rows = [row('checker_start')];
    await addCounts(db, rows, { page: 'p1', seq: 3, at: Date.now() });
    localStorage.setItem(JOURNAL, JSON.stringify([{ page: 'p1', seq: 3, rows }]));
    expect(await recoverLeftWrites(db)).toBe(0);
    expect(await pendingTotal(db)).toBe(1);

    // An earlier mark of the same page: this write did not commit.
    await addCounts(db, rows, { page: 'p2', seq: 1, at: Date.now() });
    localStorage.setItem(JOURNAL, JSON.stringify([{ page: 'p2', seq: 2, rows }]));
    expect(await recoverLeftWrites(db)).toBe(1);
    expect(await pendingTotal(db)).toBe(3);
  });

  it('drops journal entries someone edited, and marks too old to matter', async () => {
    const db = await openCountsDb('inflight-edited');
    const now = Date.now();
    await addCounts(db, [row('link_opened')], { page: 'old', seq: 1, at: now - 15 * 24 * 3600_000 });
    await addCounts(db, [row('link_opened')], { page: 'recent', seq: 1, at: now - 3600_000 });
    localStorage.setItem(
      JOURNAL,
      JSON.stringify([{ page: 'x', seq: 'one', rows: [] }, null, { page: 'y', seq: 1, rows: [{ event: 'steal' }, row('checker_start')] }]),
    );
    expect(await recoverLeftWrites(db, now)).toBe(1);
    expect(await pendingTotal(db)).toBe(3); // two written before, one good row recovered
    expect((await db.getAll('written')).map((m) => m.page)).toEqual(['recent', 'y']); // y: marked recovered
  });
});
