import { describe, expect, it } from 'vitest';
import { fromLunar, isoOfJulianDay, julianDay, toLunar } from '../../../src/core/calendar/lunar';

/** Dates published in Vietnamese calendars (lịch vạn niên) and the Government's holiday notices. */
const TET: [number, string][] = [
  [1985, '1985-01-21'], // Vietnam's Tết a month before China's that year (UTC+7 vs UTC+8)
  [2023, '2023-01-22'],
  [2024, '2024-02-10'],
  [2025, '2025-01-29'],
  [2026, '2026-02-17'],
  [2027, '2027-02-06'], // a Saturday: compensatory days follow (Labour Code art. 111)
];

const HUNG_KINGS: [number, string][] = [
  [2024, '2024-04-18'],
  [2025, '2025-04-07'],
  [2026, '2026-04-26'], // a Sunday: the day off moved to Monday 27/4
  [2027, '2027-04-16'],
];

describe('Vietnamese lunar calendar', () => {
  it('round-trips Julian day numbers', () => {
    expect(julianDay(2000, 1, 1)).toBe(2451545);
    expect(isoOfJulianDay(2451545)).toBe('2000-01-01');
    expect(isoOfJulianDay(julianDay(2027, 2, 6))).toBe('2027-02-06');
  });

  it.each(TET)('Tết (1/1 âm lịch) %i is %s', (year, iso) => {
    expect(fromLunar({ day: 1, month: 1, year, leap: false })).toBe(iso);
    expect(toLunar(iso)).toEqual({ day: 1, month: 1, year, leap: false });
  });

  it.each(HUNG_KINGS)('Giỗ Tổ Hùng Vương (10/3 âm lịch) %i is %s', (year, iso) => {
    expect(fromLunar({ day: 10, month: 3, year, leap: false })).toBe(iso);
  });

  it('finds the leap months of 2023 (month 2) and 2025 (month 6)', () => {
    expect(toLunar('2023-03-22')).toEqual({ day: 1, month: 2, year: 2023, leap: true });
    expect(toLunar('2023-02-20')).toEqual({ day: 1, month: 2, year: 2023, leap: false });
    expect(toLunar('2025-07-25')).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(fromLunar({ day: 15, month: 8, year: 2025, leap: false })).toBe('2025-10-06'); // Trung thu
  });

  it('puts the last days before Tết in month 12 of the old year', () => {
    expect(toLunar('2027-02-05')).toMatchObject({ month: 12, year: 2026 });
    expect(toLunar('2026-12-25')).toMatchObject({ month: 11, year: 2026 });
  });

  it('refuses dates that do not exist', () => {
    expect(fromLunar({ day: 1, month: 5, year: 2025, leap: true })).toBeUndefined();
    expect(fromLunar({ day: 31, month: 1, year: 2027, leap: false })).toBeUndefined();
    expect(fromLunar({ day: 1, month: 13, year: 2027, leap: false })).toBeUndefined();
  });

  it('agrees with itself over 2000–2035 (every 5th day), with months of 29 or 30 days', () => {
    for (let jd = julianDay(2000, 1, 1); jd <= julianDay(2035, 12, 31); jd += 5) {
      const iso = isoOfJulianDay(jd);
      const lunar = toLunar(iso);
      expect(fromLunar(lunar), iso).toBe(iso);
      expect(lunar.day, iso).toBeLessThanOrEqual(30);
    }
  }, 30_000);
});
