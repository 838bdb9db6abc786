import { addDays, type LocalMoment } from './clock';
import { hoursOn, parseHours, type Schedule } from './hours';
import type { MobileSession, RegistrationPoint } from './types';

/** "Open now / opens at / closed today" for one place at one moment. */
export type OpenStatus =
  | { state: 'open'; until: number }
  /** Closed now, opens later today (before the day starts, or over the lunch break). */
  | { state: 'opens-later'; at: number }
  /** Closed for the rest of today; `allDay` when it did not open at all today. */
  | { state: 'closed'; allDay: boolean; next?: { date: string; at: number } };

/** Opening times on a date, minutes since midnight. */
export type TimesOn = (date: string) => [number, number][];

export function openStatus(timesOn: TimesOn, now: LocalMoment, lookAheadDays = 14): OpenStatus {
  const today = timesOn(now.date);
  const current = today.find(([start, end]) => start <= now.minutes && now.minutes < end);
  if (current) return { state: 'open', until: current[1] };
  const later = today.find(([start]) => start > now.minutes);
  if (later) return { state: 'opens-later', at: later[0] };
  for (let i = 1; i <= lookAheadDays; i++) {
    const date = addDays(now.date, i);
    const first = timesOn(date)[0];
    if (first) return { state: 'closed', allDay: today.length === 0, next: { date, at: first[0] } };
  }
  return { state: 'closed', allDay: today.length === 0 };
}

const schedules = new Map<string, Schedule>();

/** A point's parsed hours (shared between points with the same text; the build already checked it). */
export function scheduleOf(hours: string | undefined): Schedule {
  if (!hours) return [];
  let schedule = schedules.get(hours);
  if (!schedule) {
    const parsed = parseHours(hours);
    schedule = parsed.ok ? parsed.schedule : [];
    schedules.set(hours, schedule);
  }
  return schedule;
}

/**
 * A point's times on a date: its regular hours plus any mobile session held there that day
 * (a cultural house can be a guidance point on weekdays and host a mobile team on Sunday).
 * On a day off (a public holiday or a make-up day) public offices close: a point whose hours say
 * nothing of holidays is closed; one with a PH rule follows it ("PH 08:00-11:00" stays open).
 */
export function pointTimes(
  point: Pick<RegistrationPoint, 'hours'>,
  sessionsHere: readonly MobileSession[],
  isHoliday: (date: string) => boolean,
): TimesOn {
  const schedule = scheduleOf(point.hours);
  const saysHolidays = schedule.some((r) => r.holidays);
  return (date) => {
    const ranges = !saysHolidays && isHoliday(date) ? [] : [...hoursOn(schedule, date, isHoliday)];
    for (const s of sessionsHere) if (s.dates.includes(date)) ranges.push(...s.times);
    return mergeRanges(ranges);
  };
}

/** Sorts and joins touching or overlapping ranges. */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [start, end] of sorted) {
    const last = out[out.length - 1];
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

export function holidayChecker(holidays: readonly string[]): (date: string) => boolean {
  const set = new Set(holidays);
  return (date) => set.has(date);
}
