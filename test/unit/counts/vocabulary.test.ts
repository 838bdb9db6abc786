import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../src/core/routes';
import { VOLUNTEER_OUTCOMES, isCountEvent, isValidParam, type CountParam } from '../../../src/core/counts/vocabulary';
import { isDay, isLocalityCode, isSourceTag, localDay, provinceOf } from '../../../src/core/counts/dimensions';
import { metricsOf } from '../../../src/core/counts/metrics';

describe('count vocabulary', () => {
  // Which events exist is the vocabulary's own business; that each is disclosed: disclosure.test.ts.
  it('knows no event by an inherited name', () => {
    expect(isCountEvent('toString')).toBe(false);
    expect(isCountEvent('__proto__')).toBe(false);
  });

  it('takes route ids for screens and shares, nothing else', () => {
    for (const id of Object.keys(ROUTES)) expect(isValidParam('screen_open', id)).toBe(true);
    expect(isValidParam('screen_open', 'nope')).toBe(false);
    expect(isValidParam('screen_open', undefined)).toBe(false);
    expect(isValidParam('share_shown', 'checker')).toBe(true);
    expect(isValidParam('screen_open', 'constructor')).toBe(false);
  });

  it('refuses a parameter where the event has none', () => {
    expect(isValidParam('checker_start', undefined)).toBe(true);
    expect(isValidParam('checker_start', '')).toBe(true);
    expect(isValidParam('checker_start', 'x')).toBe(false);
  });

  it('takes ids, never free text', () => {
    expect(isValidParam('checker_outcome', 'level2-police')).toBe(true);
    expect(isValidParam('checker_outcome', 'Nguyễn Văn A')).toBe(false);
    expect(isValidParam('checker_outcome', '001090123456 ')).toBe(false);
    expect(isValidParam('checker_outcome', 'a'.repeat(49))).toBe(false);
    expect(isValidParam('tutorial_stuck', 'activate/otp')).toBe(true);
    expect(isValidParam('tutorial_stuck', 'activate')).toBe(false);
    expect(isValidParam('tutorial_stuck', 'a/b/c')).toBe(false);
    expect(isValidParam('point_search', 'gps')).toBe(true);
    expect(isValidParam('point_search', 'address')).toBe(false);
    for (const o of VOLUNTEER_OUTCOMES) expect(isValidParam('volunteer_tally', o)).toBe(true);
    expect(isValidParam('volunteer_tally', 'maybe')).toBe(false);
    expect(isValidParam('volunteer_tally', 'not-eligible/sim-not-own')).toBe(true);
    expect(isValidParam('volunteer_tally', 'nobody-home/x')).toBe(false);
  });

  it('types each event with its parameter', () => {
    const route: CountParam<'screen_open'> = 'checker';
    const none: CountParam<'checker_start'> = undefined;
    // @ts-expect-error a volunteer tally takes only a listed outcome
    const bad: CountParam<'volunteer_tally'> = 'anything';
    expect([route, none, bad]).toHaveLength(3);
  });
});

describe('count dimensions', () => {
  it('accepts province and province-commune codes only', () => {
    expect(isLocalityCode('79')).toBe(true);
    expect(isLocalityCode('79-26734')).toBe(true);
    expect(isLocalityCode('7')).toBe(false);
    expect(isLocalityCode('79-2673')).toBe(false);
    expect(isLocalityCode('Quận 5')).toBe(false);
    expect(provinceOf('79-26734')).toBe('79');
  });

  it('follows the share links’ source tag rule', () => {
    expect(isSourceTag('poster-q5-01')).toBe(true);
    expect(isSourceTag('Poster')).toBe(false);
    expect(isSourceTag('a'.repeat(25))).toBe(false);
    expect(isSourceTag('=cmd')).toBe(false);
    // could be a phone or ID number: never counted
    expect(isSourceTag('0912345678')).toBe(false);
    expect(isSourceTag('to-001090123456')).toBe(false);
    expect(isSourceTag('doi-2025-07')).toBe(true);
  });

  it('checks real calendar days and gives the device’s local day', () => {
    expect(isDay('2024-02-29')).toBe(true);
    expect(isDay('2025-02-29')).toBe(false);
    expect(isDay('2025-9-1')).toBe(false);
    expect(localDay(new Date(2025, 0, 31, 23, 59))).toBe('2025-01-31');
  });

  it('derives the table’s metrics from events', () => {
    expect(metricsOf('tutorial_finish', 'activate')).toEqual(['tutorials_finished', 'activation_finished']);
    expect(metricsOf('tutorial_finish', 'install')).toEqual(['tutorials_finished']);
    expect(metricsOf('checker_outcome', 'card-first')).toEqual(['outcomes', 'outcome_prepare']);
    expect(metricsOf('checker_outcome', 'not-yet-classified')).toEqual(['outcomes', 'outcome_other']);
    expect(metricsOf('volunteer_tally', 'activated-level2')).toEqual(['households', 'households_activated']);
    expect(metricsOf('volunteer_tally', 'nobody-home')).toEqual(['households']);
  });
});
