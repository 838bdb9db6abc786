import { describe, expect, it } from 'vitest';
import { addMonths, isOutOfDate, localDay } from '../../../src/core/tutorials/freshness';

describe('"may be out of date" after six months', () => {
  it('is fresh up to and on the six-month day, stale the day after', () => {
    expect(isOutOfDate('2026-05-22', '2026-11-22')).toBe(false);
    expect(isOutOfDate('2026-05-22', '2026-11-23')).toBe(true);
    expect(isOutOfDate('2026-11-22', '2026-11-22')).toBe(false);
  });

  it('crosses a year', () => {
    expect(isOutOfDate('2026-09-15', '2027-03-15')).toBe(false);
    expect(isOutOfDate('2026-09-15', '2027-03-16')).toBe(true);
  });

  it('clamps to the end of a shorter month', () => {
    expect(addMonths('2026-08-31', 6)).toBe('2027-02-28');
    expect(addMonths('2027-08-31', 6)).toBe('2028-02-29');
    expect(isOutOfDate('2026-08-31', '2027-03-01')).toBe(true);
    expect(isOutOfDate('2026-08-31', '2027-02-28')).toBe(false);
  });

  it('uses the local calendar day', () => {
    expect(localDay(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
});
