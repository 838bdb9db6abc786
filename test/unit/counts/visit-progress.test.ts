import { describe, expect, it } from 'vitest';
import { advanceVisit, parseVisitState, type VisitState } from '../../../src/core/counts/visit-progress';
import type { CountEvent } from '../../../src/core/counts/vocabulary';

const DAY = '2026-12-01';

/** Runs a visit's counts through the device's rule; returns the funnel steps it counted. */
function steps(counts: [CountEvent, string?][], day = DAY, start?: VisitState): string[] {
  let state = start;
  const out: string[] = [];
  for (const [event, param] of counts) {
    const r = advanceVisit(state, event, param, day);
    state = r.state;
    if (r.step) out.push(r.step);
  }
  return out;
}

describe('the funnel counted once per visit on the device (issue 19)', () => {
  it('counts each step once, in order, however often the events repeat', () => {
    expect(
      steps([
        ['checker_start'],
        ['checker_outcome', 'card-first'],
        ['checker_start'], // the checker again, other answers
        ['checker_outcome', 'activate-now'],
        ['checker_outcome', 'activate-now'],
        ['tutorial_start', 'activate'],
        ['tutorial_step_done', 'activate/otp'],
        ['tutorial_finish', 'activate'],
        ['tutorial_start', 'activate'], // started again after finishing
        ['tutorial_finish', 'activate'],
      ]),
    ).toEqual(['checker_start', 'checker_outcome', 'activation_start', 'activation_finish']);
  });

  it('never counts a step whose step before was not reached in the visit, so no step passes 100%', () => {
    // A poster straight to the activation tutorial: not the checker's funnel.
    expect(
      steps([
        ['tutorial_start', 'activate'],
        ['tutorial_finish', 'activate'],
      ]),
    ).toEqual([]);
    // A result opened from a link, without starting the checker.
    expect(
      steps([
        ['checker_outcome', 'activate-now'],
        ['tutorial_start', 'activate'],
      ]),
    ).toEqual([]);
    // Another tutorial is not the activation's.
    expect(steps([['checker_start'], ['checker_outcome', 'card-first'], ['tutorial_start', 'install']])).toEqual([
      'checker_start',
      'checker_outcome',
    ]);
  });

  it('takes a step done in the activation tutorial as its start (progress kept from an earlier visit)', () => {
    expect(
      steps([
        ['checker_start'],
        ['checker_outcome', 'activate-now'],
        ['tutorial_step_done', 'activate/otp'],
        ['tutorial_finish', 'activate'],
      ]),
    ).toEqual(['checker_start', 'checker_outcome', 'activation_start', 'activation_finish']);
  });

  it('starts a new visit on another day and after a volunteer’s tally', () => {
    const yesterday = { day: '2026-11-30', reached: 4 };
    expect(steps([['checker_start']], DAY, yesterday)).toEqual(['checker_start']);
    expect(steps([['checker_start'], ['volunteer_tally', 'activated-level1'], ['checker_start']])).toEqual([
      'checker_start',
      'checker_start',
    ]);
  });

  it('any number of visits: every step at most the step before', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const pool: [CountEvent, string?][] = [
      ['checker_start'],
      ['checker_outcome', 'activate-now'],
      ['tutorial_start', 'activate'],
      ['tutorial_step_done', 'activate/otp'],
      ['tutorial_finish', 'activate'],
      ['tutorial_start', 'install'],
      ['screen_open', 'home'],
    ];
    const totals = [0, 0, 0, 0];
    const order = ['checker_start', 'checker_outcome', 'activation_start', 'activation_finish'];
    for (let v = 0; v < 2000; v++) {
      const visit = Array.from({ length: 1 + Math.floor(rand() * 12) }, () => pool[Math.floor(rand() * pool.length)]!);
      for (const s of steps(visit)) totals[order.indexOf(s)]!++;
    }
    for (let i = 1; i < 4; i++) expect(totals[i]).toBeLessThanOrEqual(totals[i - 1]!);
    expect(totals[3]).toBeGreaterThan(0);
  });

  it('reads back only a well-formed kept state', () => {
    expect(parseVisitState(JSON.stringify({ day: DAY, reached: 2 }))).toEqual({ day: DAY, reached: 2 });
    for (const bad of [null, '', '{', '{"day":"x","reached":1}', '{"day":"2026-12-01","reached":9}', '{"day":"2026-12-01","reached":-1}'])
      expect(parseVisitState(bad)).toBeUndefined();
  });
});
