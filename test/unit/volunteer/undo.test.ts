import { describe, expect, it } from 'vitest';
import { addTally, emptyDay, readDayTotal, summarize, tallyParam, undoLastTally, UNDO_KEPT } from '../../../src/core/volunteer/day-total';
import { validateCountBatch } from '../../../src/core/counts/batch';
import { clampMetrics } from '../../../src/core/counts/metrics';
import { sumBatch } from '../../../src/server/storage/batch-sums';
import { SqliteCountStore, rebuildSums } from '../../../src/server/storage/sqlite-count-store';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { summarize as summarizeDashboard } from '../../../src/server/dashboard-api/summary';
import { TODAY, batch, counter } from '../counts/helpers';

describe('undoing a mis-tapped tally on the phone', () => {
  it('takes back the last tallies of the day, newest first, and never goes below zero', () => {
    let day = emptyDay('2025-08-01');
    day = addTally(day, { outcome: 'activated-level1' });
    day = addTally(day, { outcome: 'not-eligible', blocker: 'no-chip-card' });
    expect(summarize(day)).toMatchObject({ households: 2, activated: 1, nobodyHome: 0 });
    const first = undoLastTally(day)!;
    expect(first.undone).toEqual({ outcome: 'not-eligible', blocker: 'no-chip-card' });
    expect(first.total.outcomes).toEqual({ 'activated-level1': 1 });
    expect(first.total.blockers).toEqual({});
    const second = undoLastTally(first.total)!;
    expect(second.undone).toEqual({ outcome: 'activated-level1' });
    expect(summarize(second.total)).toMatchObject({ households: 0, activated: 0, nobodyHome: 0 });
    expect(undoLastTally(second.total)).toBeNull();
  });

  it('keeps only the last few tallies undoable, and trusts nothing read back', () => {
    let day = emptyDay('2025-08-01');
    for (let i = 0; i < UNDO_KEPT + 3; i++) day = addTally(day, { outcome: 'nobody-home' });
    let undos = 0;
    for (let r = undoLastTally(day); r; r = undoLastTally(r.total)) undos++;
    expect(undos).toBe(UNDO_KEPT);
    // A stored list naming an outcome with no count behind it undoes nothing.
    const forged = readDayTotal({
      day: '2025-08-01',
      outcomes: {},
      blockers: {},
      recent: [{ outcome: 'activated-level1' }, { outcome: 'x' }],
    })!;
    expect(forged.recent).toEqual([{ outcome: 'activated-level1' }]);
    expect(undoLastTally(forged)).toBeNull();
  });

  it('names the undone tally as its count does', () => {
    expect(tallyParam({ outcome: 'not-eligible', blocker: 'other' })).toBe('not-eligible/other');
    expect(tallyParam({ outcome: 'activated-level2' })).toBe('activated-level2');
  });
});

describe('the collector and an undone tally', () => {
  const v = { channel: 'volunteer' as const, source: 'to-3', locality: '79-26734' };

  it('accepts an undo only from a volunteer', () => {
    expect(validateCountBatch(batch([counter({ ...v, event: 'volunteer_tally_undone', param: 'activated-level1' })]), TODAY).ok).toBe(true);
    const phone = validateCountBatch(batch([counter({ event: 'volunteer_tally_undone', param: 'activated-level1' })]), TODAY);
    expect(phone.ok).toBe(false);
  });

  it('subtracts it from the running sums, and a sum never reads below zero', () => {
    const checked = validateCountBatch(
      batch([
        counter({ ...v, event: 'volunteer_tally', param: 'activated-level1', n: 3 }),
        counter({ ...v, event: 'volunteer_tally_undone', param: 'activated-level1', n: 1 }),
      ]),
      TODAY,
    );
    if (!checked.ok) throw new Error('invalid');
    const [row] = sumBatch(checked.batch).placeDay;
    expect(row!.sums.households).toBe(2);
    expect(row!.sums.households_activated).toBe(2);
    expect(clampMetrics({ households: -1, households_activated: 2 })).toEqual({ households: 0, households_activated: 2 });
  });

  it('shows organizers the net totals, also after the sums are rebuilt and when an undo came alone', async () => {
    const db = openSqlite(':memory:');
    const store = new SqliteCountStore(db);
    const send = async (counters: ReturnType<typeof counter>[]) => {
      const checked = validateCountBatch(batch(counters), TODAY);
      if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
      await store.ingest(checked.batch, checked.batch.batchId, TODAY);
    };
    await send([
      counter({ ...v, event: 'volunteer_tally', param: 'activated-level1', n: 2 }),
      counter({ ...v, event: 'volunteer_tally', param: 'nobody-home' }),
    ]);
    await send([counter({ ...v, event: 'volunteer_tally_undone', param: 'activated-level1' })]);
    const filter = { from: TODAY, to: TODAY };
    const summary = await summarizeDashboard(store, filter);
    expect(summary.volunteer).toEqual([
      { id: 'activated-level1', n: 1 },
      { id: 'nobody-home', n: 1 },
    ]);
    // Another team's undo that arrived without its tally (a hostile or broken sender): its own row reads 0.
    await send([counter({ ...v, source: 'to-9', event: 'volunteer_tally_undone', param: 'nobody-home', n: 4 })]);
    for (const rebuilt of [false, true]) {
      if (rebuilt) rebuildSums(db);
      const places = await store.placeTotals(filter);
      expect(
        places.find((p) => p.source === 'to-3'),
        `rebuilt: ${rebuilt}`,
      ).toMatchObject({ households: 2, households_activated: 1 });
      expect(
        places.find((p) => p.source === 'to-9'),
        `rebuilt: ${rebuilt}`,
      ).toMatchObject({ households: 0, households_activated: 0 });
    }
    await store.close();
  });
});
