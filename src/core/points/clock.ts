/**
 * Calendar arithmetic on Vietnamese local time. Offices keep Vietnam's clock (UTC+7, no daylight
 * saving) whatever time zone the phone is set to, so "open now" is computed from the instant, not
 * from the device's local time.
 */

export const VIETNAM_OFFSET_MINUTES = 7 * 60;
const MS_PER_DAY = 86_400_000;

/** A moment on Vietnam's clock. */
export interface LocalMoment {
  /** YYYY-MM-DD */
  date: string;
  /** Minutes since midnight, 0..1439. */
  minutes: number;
}

export function vietnamMoment(epochMs: number): LocalMoment {
  const shifted = epochMs + VIETNAM_OFFSET_MINUTES * 60_000;
  const day = Math.floor(shifted / MS_PER_DAY);
  return { date: dateFromDayNumber(day), minutes: Math.floor((shifted - day * MS_PER_DAY) / 60_000) };
}

/** The instant a Vietnamese local date and time stands for, in epoch milliseconds. */
export function epochOf(date: string, minutes: number): number {
  return dayNumber(date) * MS_PER_DAY + (minutes - VIETNAM_OFFSET_MINUTES) * 60_000;
}

/** Days since 1970-01-01 for YYYY-MM-DD (NaN when malformed). */
export function dayNumber(date: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return NaN;
  return Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) / MS_PER_DAY;
}

export function dateFromDayNumber(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return dateFromDayNumber(dayNumber(date) + days);
}

/** 0 = Monday … 6 = Sunday (Vietnamese weeks start on Monday: Thứ Hai). */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export function weekday(date: string): Weekday {
  // 1970-01-01 was a Thursday (index 3).
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) as Weekday;
}

/** True for a date written YYYY-MM-DD that exists in the calendar (no 2026-02-30). */
export function isRealDate(text: string): boolean {
  const day = dayNumber(text);
  return Number.isFinite(day) && dateFromDayNumber(day) === text;
}

export function formatTime(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}
