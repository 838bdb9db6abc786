import { describe, expect, it } from 'vitest';
import { epochOf, vietnamMoment, weekday, type LocalMoment } from '../../../src/core/points/clock';
import { holidayChecker, openStatus, pointTimes } from '../../../src/core/points/open-status';
import type { MobileSession } from '../../../src/core/points/types';
import { verification } from '../../../src/core/points/verification';

const OFFICE = { hours: 'Mo-Fr 07:30-11:30,13:30-17:00; Sa 07:30-11:30; PH off' };
const HOLIDAYS = holidayChecker(['2026-09-02', '2027-02-05', '2027-02-06', '2027-02-07', '2027-02-08', '2027-02-09']);
const at = (date: string, time: string): LocalMoment => {
  const [h, m] = time.split(':').map(Number);
  return { date, minutes: (h ?? 0) * 60 + (m ?? 0) };
};
const office = pointTimes(OFFICE, [], HOLIDAYS);

describe('the clock', () => {
  it('reads Vietnam time from the instant, whatever the device time zone', () => {
    // 01:00 UTC is 08:00 in Vietnam; 17:30 UTC is already the next day there.
    expect(vietnamMoment(Date.UTC(2026, 11, 7, 1, 0))).toEqual(at('2026-12-07', '08:00'));
    expect(vietnamMoment(Date.UTC(2026, 11, 6, 17, 30))).toEqual(at('2026-12-07', '00:30'));
    expect(epochOf('2026-12-07', 8 * 60)).toBe(Date.UTC(2026, 11, 7, 1, 0));
  });

  it('numbers weekdays from Monday', () => {
    expect(weekday('2026-12-07')).toBe(0);
    expect(weekday('2026-12-13')).toBe(6);
    expect(weekday('1970-01-01')).toBe(3);
  });
});

describe('openStatus of a commune police office', () => {
  it('is open on a weekday morning, until the lunch break', () => {
    expect(openStatus(office, at('2026-12-07', '09:15'))).toEqual({ state: 'open', until: 690 });
  });

  it('over the lunch break, opens again at 13:30', () => {
    expect(openStatus(office, at('2026-12-07', '11:30'))).toEqual({ state: 'opens-later', at: 810 });
    expect(openStatus(office, at('2026-12-07', '12:45'))).toEqual({ state: 'opens-later', at: 810 });
    expect(openStatus(office, at('2026-12-07', '13:30'))).toEqual({ state: 'open', until: 1020 });
  });

  it('before opening, opens at 07:30', () => {
    expect(openStatus(office, at('2026-12-07', '06:00'))).toEqual({ state: 'opens-later', at: 450 });
  });

  it('after closing, is closed until the next morning', () => {
    expect(openStatus(office, at('2026-12-07', '17:00'))).toEqual({
      state: 'closed',
      allDay: false,
      next: { date: '2026-12-08', at: 450 },
    });
  });

  it('on Saturday is open in the morning only, then closed until Monday', () => {
    expect(openStatus(office, at('2026-12-12', '10:00'))).toEqual({ state: 'open', until: 690 });
    expect(openStatus(office, at('2026-12-12', '14:00'))).toEqual({
      state: 'closed',
      allDay: false,
      next: { date: '2026-12-14', at: 450 },
    });
  });

  it('on Sunday is closed all day', () => {
    expect(openStatus(office, at('2026-12-13', '09:00'))).toEqual({ state: 'closed', allDay: true, next: { date: '2026-12-14', at: 450 } });
  });

  it('on a public holiday is closed all day, even on a weekday', () => {
    expect(openStatus(office, at('2026-09-02', '09:00'))).toEqual({ state: 'closed', allDay: true, next: { date: '2026-09-03', at: 450 } });
  });

  it('over Tết reopens after the whole holiday', () => {
    // Friday 5/2/2027 to Tuesday 9/2/2027 are holidays; Wednesday 10/2 it opens.
    expect(openStatus(office, at('2027-02-05', '08:00'))).toEqual({ state: 'closed', allDay: true, next: { date: '2027-02-10', at: 450 } });
  });

  it('during a campaign opens at weekends, and not after it', () => {
    const campaign = pointTimes({ hours: `${OFFICE.hours}; 2026-12-01..2026-12-31 Sa,Su 07:30-11:30,13:30-17:00` }, [], HOLIDAYS);
    expect(openStatus(campaign, at('2026-12-13', '14:00'))).toEqual({ state: 'open', until: 1020 });
    expect(openStatus(campaign, at('2027-01-03', '09:00'))).toEqual({
      state: 'closed',
      allDay: true,
      next: { date: '2027-01-04', at: 450 },
    });
  });

  it('says nothing about a next opening when there is none in two weeks', () => {
    expect(openStatus(pointTimes({ hours: '2026-01-01 08:00-09:00' }, [], HOLIDAYS), at('2026-12-07', '09:00'))).toEqual({
      state: 'closed',
      allDay: true,
    });
  });
});

describe('a mobile venue, open only through its sessions', () => {
  const session: MobileSession = {
    id: 's1',
    place: 'venue',
    dates: ['2026-12-05', '2026-12-12'],
    times: [
      [450, 660],
      [810, 990],
    ],
    services: ['level2'],
    source: 'test',
    sample: true,
  };
  const venue = pointTimes({ hours: undefined }, [session], HOLIDAYS);

  it('is open during a session and opens later between its two halves', () => {
    expect(openStatus(venue, at('2026-12-05', '08:00'))).toEqual({ state: 'open', until: 660 });
    expect(openStatus(venue, at('2026-12-05', '12:00'))).toEqual({ state: 'opens-later', at: 810 });
  });

  it('between sessions points at the next date', () => {
    expect(openStatus(venue, at('2026-12-06', '08:00'))).toEqual({ state: 'closed', allDay: true, next: { date: '2026-12-12', at: 450 } });
  });

  it('adds session times to a guidance point that has its own hours', () => {
    const both = pointTimes({ hours: 'Sa 17:30-20:30' }, [session], HOLIDAYS);
    expect(both('2026-12-05')).toEqual([
      [450, 660],
      [810, 990],
      [1050, 1230],
    ]);
  });
});

describe('verification', () => {
  it('marks sample and undated data as not verified, and data older than 90 days as stale', () => {
    expect(verification({ sample: true }, '2026-12-01')).toBe('sample');
    expect(verification({ sample: false }, '2026-12-01')).toBe('unverified');
    expect(verification({ sample: false, verified: '2026-11-01' }, '2026-12-01')).toBe('fresh'); // 30 days
    expect(verification({ sample: false, verified: '2026-10-31' }, '2026-12-01')).toBe('stale'); // 31 days
  });
});

describe('days off (an admin’s holidays and make-up days)', () => {
  const dayOff = holidayChecker(['2026-12-07']); // a Monday
  it('close a point whose hours say nothing of holidays', () => {
    const plain = pointTimes({ hours: 'Mo-Fr 07:30-17:00' }, [], dayOff);
    expect(plain('2026-12-07')).toEqual([]);
    expect(plain('2026-12-08')).toEqual([[450, 1020]]);
    expect(openStatus(plain, at('2026-12-07', '09:00'))).toMatchObject({ state: 'closed', allDay: true, next: { date: '2026-12-08' } });
  });
  it('leave a point open that has its own holiday hours, and a mobile session announced for that day', () => {
    expect(pointTimes({ hours: 'Mo-Fr 07:30-17:00; PH 08:00-11:00' }, [], dayOff)('2026-12-07')).toEqual([[480, 660]]);
    const session = {
      id: 's',
      place: 'p',
      dates: ['2026-12-07'],
      times: [[480, 600]],
      services: [],
      source: 'x',
      sample: false,
    } as MobileSession;
    expect(pointTimes({ hours: 'Mo-Fr 07:30-17:00' }, [session], dayOff)('2026-12-07')).toEqual([[480, 600]]);
  });
});
