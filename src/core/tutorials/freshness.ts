/**
 * The app changes its screens often; a tutorial nobody has re-checked for six months may no longer
 * match them, so its screens say "may be out of date" (có thể đã cũ).
 */
export const STALE_AFTER_MONTHS = 6;

/** Adds calendar months to a YYYY-MM-DD date, clamping to the month's end (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(isoDate: string, months: number): string {
  const [y, m, d] = isoDate.split('-').map(Number) as [number, number, number];
  const monthIndex = y * 12 + (m - 1) + months;
  const year = Math.floor(monthIndex / 12);
  const month = (monthIndex % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${pad(month)}-${pad(Math.min(d, lastDay))}`;
}

/** True when `today` is more than six months after `lastChecked` (both YYYY-MM-DD). */
export function isOutOfDate(lastChecked: string, today: string, months = STALE_AFTER_MONTHS): boolean {
  return today > addMonths(lastChecked, months);
}

/** The device's local calendar day as YYYY-MM-DD (what a person would call "today"). */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}
