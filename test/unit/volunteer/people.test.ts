import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateCountBatch, type Counter } from '../../../src/core/counts/batch';
import { metricsOf, metricWeight } from '../../../src/core/counts/metrics';
import { isValidParam, parsePeopleParam } from '../../../src/core/counts/vocabulary';
import { addTally, emptyDay, readDayTotal, summarize, undoLastTally } from '../../../src/core/volunteer/day-total';
import {
  PEOPLE_PER_VISIT_MAX,
  peopleActivated,
  peopleParams,
  peopleTotal,
  readPeople,
  stepPeople,
  type PeopleCounts,
} from '../../../src/core/volunteer/people';
import { makeTally } from '../../../src/core/volunteer/tally';
import { sumBatch } from '../../../src/server/storage/batch-sums';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { TODAY, batch, counter } from '../counts/helpers';

describe('people within one household visit, on the phone', () => {
  it('steps each outcome up and down, never below 0 nor above the cap for the whole visit', () => {
    let p: PeopleCounts = {};
    p = stepPeople(p, 'activated-level2', 1);
    p = stepPeople(p, 'activated-level2', 1);
    p = stepPeople(p, 'no-chip-card', 1);
    expect(p).toEqual({ 'activated-level2': 2, 'no-chip-card': 1 });
    expect([peopleTotal(p), peopleActivated(p)]).toEqual([3, 2]);
    expect(stepPeople(stepPeople(p, 'no-chip-card', -1), 'no-chip-card', -1)).toEqual({ 'activated-level2': 2 });
    let full: PeopleCounts = {};
    for (let i = 0; i < PEOPLE_PER_VISIT_MAX + 5; i++) full = stepPeople(full, i % 2 ? 'other' : 'child-no-card', 1);
    expect(peopleTotal(full)).toBe(PEOPLE_PER_VISIT_MAX);
  });

  it('counts them as one parameter per outcome, with its number', () => {
    expect(peopleParams({ 'no-chip-card': 1, 'activated-level2': 2 })).toEqual(['activated-level2/2', 'no-chip-card/1']);
    expect(peopleParams({})).toEqual([]);
  });

  it('keeps them with the visit; nobody home has no people; damaged records are dropped', () => {
    expect(makeTally('activated-level2', null, { 'activated-level2': 2, 'no-chip-card': 1 })).toEqual({
      outcome: 'activated-level2',
      people: { 'activated-level2': 2, 'no-chip-card': 1 },
    });
    expect(makeTally('nobody-home', null, { 'activated-level2': 2 })).toEqual({ outcome: 'nobody-home' });
    expect(makeTally('activated-level1', null, {})).toEqual({ outcome: 'activated-level1' });
    expect(readPeople({ 'activated-level2': 2.5, x: 3, other: -1, 'sim-other': 2 }, true)).toEqual({ 'sim-other': 2 });
    expect(readPeople({ other: PEOPLE_PER_VISIT_MAX + 1 }, true)).toEqual({});
    expect(readPeople({ other: PEOPLE_PER_VISIT_MAX + 1 }, false)).toEqual({ other: PEOPLE_PER_VISIT_MAX + 1 });
  });

  it("adds to today's total, and an undo of the visit takes its people back, never below zero", () => {
    let day = emptyDay('2025-08-01');
    day = addTally(day, { outcome: 'activated-level2', people: { 'activated-level2': 2, 'no-chip-card': 1 } });
    day = addTally(day, { outcome: 'activated-level1', people: { 'activated-level1': 1 } });
    expect(summarize(day)).toMatchObject({ households: 2, activated: 2, people: 4, peopleActivated: 3 });
    const undone = undoLastTally(day)!;
    expect(undone.undone.people).toEqual({ 'activated-level1': 1 });
    expect(summarize(undone.total)).toMatchObject({ households: 1, people: 3, peopleActivated: 2 });
    // Kept on the phone and read back whole.
    const back = readDayTotal(JSON.parse(JSON.stringify(undone.total)))!;
    expect(back.people).toEqual({ 'activated-level2': 2, 'no-chip-card': 1 });
    expect(back.recent).toEqual([{ outcome: 'activated-level2', people: { 'activated-level2': 2, 'no-chip-card': 1 } }]);
    // A stored day whose sums were damaged (fewer people than the visit held) never goes below zero.
    const damaged = undoLastTally({ ...back, people: { 'activated-level2': 1 } })!;
    expect(damaged.total.people).toBeUndefined();
    expect(summarize(damaged.total)).toMatchObject({ households: 0, people: 0, peopleActivated: 0 });
  });
});

describe('the collector and people counts', () => {
  const v = { channel: 'volunteer' as const, source: 'to-3', locality: '79-26734' };
  const check = (counters: Counter[]) => validateCountBatch(batch(counters), TODAY);

  it('takes "<person outcome>/<1–30>" from a volunteer only', () => {
    expect(parsePeopleParam('activated-level2/2')).toEqual({ outcome: 'activated-level2', people: 2 });
    for (const bad of ['activated-level2/0', 'activated-level2/31', 'activated-level2/02', 'nobody-home/1', 'x/1', 'other', 'other/1/2'])
      expect(isValidParam('volunteer_people', bad), bad).toBe(false);
    expect(isValidParam('volunteer_people_undone', `other/${PEOPLE_PER_VISIT_MAX}`)).toBe(true);
    expect(check([counter({ ...v, event: 'volunteer_people', param: 'no-chip-card/1' })]).ok).toBe(true);
    const phone = check([counter({ event: 'volunteer_people', param: 'no-chip-card/1' })]);
    expect(phone.ok).toBe(false);
    const kiosk = check([counter({ channel: 'kiosk', event: 'volunteer_people_undone', param: 'no-chip-card/1' })]);
    expect(kiosk.ok).toBe(false);
    const tooMany = check([counter({ ...v, event: 'volunteer_people', param: 'other/31' })]);
    expect(tooMany.ok ? [] : tooMany.problems.map((p) => p.path)).toEqual(['counters[0].param']);
  });

  it('adds the people a count stands for, less the undone ones', () => {
    expect(metricsOf('volunteer_people', 'activated-level1/3')).toEqual(['people', 'people_activated']);
    expect(metricsOf('volunteer_people', 'child-no-card/1')).toEqual(['people']);
    expect(metricWeight('volunteer_people', 'activated-level1/3')).toBe(3);
    expect(metricWeight('volunteer_people_undone', 'activated-level1/3')).toBe(-3);
    const checked = check([
      counter({ ...v, event: 'volunteer_people', param: 'activated-level2/2', n: 2 }),
      counter({ ...v, event: 'volunteer_people', param: 'no-chip-card/1' }),
      counter({ ...v, event: 'volunteer_people_undone', param: 'activated-level2/2' }),
    ]);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(sumBatch(checked.batch).placeDay[0]!.sums).toMatchObject({ people: 3, people_activated: 2, households: 0 });
  });

  it('an older SQLite file gains the people columns, with the sums rebuilt from the counters', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'people-upgrade-'));
    try {
      const store = new SqliteCountStore(openSqlite(dir));
      const checked = check([counter({ ...v, event: 'volunteer_people', param: 'activated-level2/2' })]);
      if (!checked.ok) throw new Error('invalid');
      await store.ingest(checked.batch, 'd', TODAY);
      await store.close();
      // As schema 3 had it: no people columns.
      const old = openSqlite(dir);
      for (const t of ['place_day', 'place_month'])
        old.exec(`ALTER TABLE ${t} DROP COLUMN people; ALTER TABLE ${t} DROP COLUMN people_activated`);
      old.pragma('user_version = 3');
      old.close();
      const upgraded = new SqliteCountStore(openSqlite(dir));
      expect((await upgraded.placeTotals({ from: TODAY, to: TODAY }))[0]).toMatchObject({ people: 2, people_activated: 2 });
      await upgraded.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
