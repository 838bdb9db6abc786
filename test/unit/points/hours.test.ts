import { describe, expect, it } from 'vitest';
import { hoursOn, parseHours, type Schedule } from '../../../src/core/points/hours';

const OFFICE = 'Mo-Fr 07:30-11:30,13:30-17:00; Sa 07:30-11:30; PH off';
const noHoliday = () => false;

function schedule(text: string): Schedule {
  const parsed = parseHours(text);
  if (!parsed.ok) throw new Error(`${parsed.found}: ${parsed.expected}`);
  return parsed.schedule;
}

// 2026-12-07 is a Monday.
describe('parseHours', () => {
  it('reads weekday ranges with a lunch break, Saturday mornings and holidays', () => {
    expect(schedule(OFFICE)).toEqual([
      {
        days: [0, 1, 2, 3, 4],
        holidays: false,
        times: [
          [450, 690],
          [810, 1020],
        ],
      },
      { days: [5], holidays: false, times: [[450, 690]] },
      { holidays: true, times: [] },
    ]);
  });

  it('reads the Vietnamese way of writing the same hours', () => {
    expect(schedule('T2-T6 7h30-11h30,13h30-17h; T7 7h30-11h30; NL nghỉ')).toEqual(schedule(OFFICE));
  });

  it('tolerates spaces around separators and en dashes', () => {
    expect(schedule('Mo – Fr 07:30 - 11:30, 13:30 - 17:00')).toEqual(schedule('Mo-Fr 07:30-11:30,13:30-17:00'));
  });

  it('reads campaign dates, lists of days, wrapping ranges and 24:00', () => {
    expect(schedule('2026-12-01..2026-12-20,2026-12-24 Sa,Su 07:00-24:00')).toEqual([
      {
        dates: [
          ['2026-12-01', '2026-12-20'],
          ['2026-12-24', '2026-12-24'],
        ],
        days: [5, 6],
        holidays: false,
        times: [[420, 1440]],
      },
    ]);
    expect(schedule('Sa-Mo 08:00-09:00')[0]?.days).toEqual([0, 5, 6]);
  });

  it.each([
    ['T2-T8 07:30-11:30', '"T8"', 'a day'],
    ['Mo-Fr 07:30-11:30,13:30', '"13:30"', 'a time range'],
    ['Mo-Fr 25:00-26:00', '"25:00"', 'a time from 00:00 to 24:00'],
    ['Mo-Fr 7-11', '"7-11"', 'days (Mo-Su'],
    ['Mo-Fr 17:00-07:30', '"17:00-07:30"', 'ends after it starts'],
    ['Mo-Fr 07:30-12:00,11:00-17:00', '"07:30-12:00,11:00-17:00"', 'do not overlap'],
    ['2026-02-30 off', '"2026-02-30"', 'a real date'],
    ['2026-12-31..2026-12-01 Sa 08:00-09:00', '"2026-12-31..2026-12-01"', 'not before its start'],
    ['Mo-Fr', '"Mo-Fr"', 'times like 07:30-11:30 or "off"'],
    ['Mo-Fr 07:30-11:30 Sa 07:30-11:30', '"Sa"', '";" before a new rule'],
    ['', 'no rules', 'opening hours like'],
  ])('rejects %j, naming %s', (text, found, expected) => {
    const parsed = parseHours(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) {
      expect(parsed.found).toBe(found);
      expect(parsed.expected).toContain(expected);
    }
  });
});

describe('hoursOn', () => {
  const office = schedule(OFFICE);
  const holiday = (d: string) => d === '2026-09-02';

  it('gives weekday, Saturday and Sunday hours', () => {
    expect(hoursOn(office, '2026-12-07', noHoliday)).toEqual([
      [450, 690],
      [810, 1020],
    ]);
    expect(hoursOn(office, '2026-12-12', noHoliday)).toEqual([[450, 690]]);
    expect(hoursOn(office, '2026-12-13', noHoliday)).toEqual([]);
  });

  it('closes on a public holiday that falls on a weekday', () => {
    expect(hoursOn(office, '2026-09-02', holiday)).toEqual([]); // a Wednesday
    expect(hoursOn(office, '2026-09-03', holiday)).toEqual([
      [450, 690],
      [810, 1020],
    ]);
  });

  it('lets a later rule win: a campaign after "PH off" opens on the holiday', () => {
    const campaign = schedule('Mo-Fr 07:30-17:00; PH off; 2026-08-25..2026-09-05 07:00-20:00');
    expect(hoursOn(campaign, '2026-09-02', holiday)).toEqual([[420, 1200]]);
    expect(hoursOn(campaign, '2026-09-06', holiday)).toEqual([]); // Sunday after the campaign
    const holidayWins = schedule('Mo-Fr 07:30-17:00; 2026-08-25..2026-09-05 07:00-20:00; PH off');
    expect(hoursOn(holidayWins, '2026-09-02', holiday)).toEqual([]);
  });

  it('applies a dated rule only inside its dates and only on its days', () => {
    const s = schedule('Mo-Fr 07:30-11:30; 2026-12-01..2026-12-31 Sa,Su 07:30-17:00');
    expect(hoursOn(s, '2026-12-12', noHoliday)).toEqual([[450, 1020]]);
    expect(hoursOn(s, '2027-01-02', noHoliday)).toEqual([]);
    expect(hoursOn(s, '2026-12-14', noHoliday)).toEqual([[450, 690]]);
  });
});
