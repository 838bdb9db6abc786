// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { openCountsDb, pendingTotal, type CountsDb } from '../../../src/platform/counts/counts-db';
import { toDimensions } from '../../../src/platform/counts/record';
import { Recorder, takeLeftRows } from '../../../src/platform/counts/recorder';

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
