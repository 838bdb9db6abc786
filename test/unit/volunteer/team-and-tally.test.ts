import { describe, expect, it } from 'vitest';
import { rulesets } from 'virtual:content/rules';
import { addTally, emptyDay, readDayTotal, summarize } from '../../../src/core/volunteer/day-total';
import { makeTally, TALLY_BLOCKERS, VOLUNTEER_OUTCOMES } from '../../../src/core/volunteer/tally';
import { checkTeamCode, checkTeamLocality } from '../../../src/core/volunteer/team-code';
import { isValidParam } from '../../../src/core/counts/vocabulary';

describe('team code', () => {
  it('accepts a team label and writes it in canonical form', () => {
    expect(checkTeamCode('doan-tn-phuong-3')).toEqual({ ok: true, code: 'doan-tn-phuong-3' });
    expect(checkTeamCode('  To 3 Cho Lon ')).toEqual({ ok: true, code: 'to-3-cho-lon' });
  });

  it('says what is wrong with a bad one', () => {
    expect(checkTeamCode('   ')).toEqual({ ok: false, problem: 'empty' });
    expect(checkTeamCode('t3')).toEqual({ ok: false, problem: 'tooShort' });
    expect(checkTeamCode('x'.repeat(25))).toEqual({ ok: false, problem: 'tooLong' });
    expect(checkTeamCode('tổ-3')).toEqual({ ok: false, problem: 'characters' });
    expect(checkTeamCode('to_3')).toEqual({ ok: false, problem: 'characters' });
    // A phone or ID number is personal data, not a team.
    expect(checkTeamCode('0912345678')).toEqual({ ok: false, problem: 'digits' });
  });

  it('takes an optional locality code', () => {
    expect(checkTeamLocality('')).toEqual({ ok: true, locality: '' });
    expect(checkTeamLocality('79-26734')).toEqual({ ok: true, locality: '79-26734' });
    expect(checkTeamLocality('Quận 5')).toEqual({ ok: false });
  });
});

describe('tally after a visit', () => {
  it('has every outcome the counts vocabulary accepts, and only those', () => {
    for (const o of VOLUNTEER_OUTCOMES) expect(isValidParam('volunteer_tally', o)).toBe(true);
    expect(VOLUNTEER_OUTCOMES).toEqual([
      'activated-level1',
      'activated-level2',
      'registered-waiting',
      'referred-level2',
      'not-eligible',
      'nobody-home',
    ]);
  });

  it('needs a blocker with "not eligible", and only then', () => {
    expect(makeTally('not-eligible', null)).toBe('noBlocker');
    expect(makeTally('not-eligible', 'no-chip-card')).toEqual({ outcome: 'not-eligible', blocker: 'no-chip-card' });
    expect(makeTally('activated-level1', 'no-chip-card')).toEqual({ outcome: 'activated-level1' });
    expect(makeTally(null, null)).toBe('noOutcome');
    expect(makeTally('activated', null)).toBe('noOutcome');
    expect(makeTally('not-eligible', 'Nguyễn Văn A')).toBe('noBlocker');
  });

  it("uses the checker's blocker ids, so both speak of the same things", () => {
    const latest = rulesets[rulesets.length - 1]!;
    for (const b of TALLY_BLOCKERS.filter((b) => b !== 'other')) expect(Object.keys(latest.blockers)).toContain(b);
  });
});

describe("today's total", () => {
  it('counts households (nobody home included) and activations', () => {
    let day = emptyDay('2026-11-20');
    const visits = [
      makeTally('activated-level1', null),
      makeTally('activated-level2', null),
      makeTally('activated-level1', null),
      makeTally('nobody-home', null),
      makeTally('not-eligible', 'sim-other'),
      makeTally('registered-waiting', null),
    ];
    for (const v of visits) if (typeof v !== 'string') day = addTally(day, v);
    expect(summarize(day)).toMatchObject({ households: 6, activated: 3, nobodyHome: 1 });
    expect(day.blockers).toEqual({ 'sim-other': 1 });
  });

  it('drops what is not a well-formed day when read back', () => {
    expect(
      readDayTotal({ day: '2026-11-20', outcomes: { 'activated-level1': 2, bogus: 5, 'nobody-home': -1 }, blockers: { x: 1 } }),
    ).toEqual({
      day: '2026-11-20',
      outcomes: { 'activated-level1': 2 },
      blockers: {},
    });
    expect(readDayTotal({ day: 'today' })).toBeNull();
    expect(readDayTotal(null)).toBeNull();
  });
});
