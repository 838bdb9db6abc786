import { addDays } from '../../core/counts/dimensions';

/**
 * Splits an inclusive day range into the whole months inside it (read from monthly sums) and the
 * leftover days at either end (read from daily sums): a year is 12 monthly rows per place
 * instead of 365 daily ones.
 */
export function monthsCovering(from: string, to: string): { months: [string, string] | null; days: [string, string][] } {
  if (from > to) return { months: null, days: [] };
  const firstMonth = from.endsWith('-01') ? from.slice(0, 7) : addDays(monthEnd(from), 1).slice(0, 7);
  const lastMonth = addDays(to, 1).endsWith('-01') ? to.slice(0, 7) : addDays(`${to.slice(0, 7)}-01`, -1).slice(0, 7);
  if (firstMonth > lastMonth) return { months: null, days: [[from, to]] };
  const days: [string, string][] = [];
  const start = `${firstMonth}-01`;
  if (from < start) days.push([from, addDays(start, -1)]);
  const end = monthEnd(`${lastMonth}-01`);
  if (to > end) days.push([addDays(end, 1), to]);
  return { months: [firstMonth, lastMonth], days };
}

function monthEnd(day: string): string {
  const [y, m] = day.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/**
 * The organizers' table over long ranges: whole calendar years inside the range (read from yearly
 * sums), then the whole months left at either end (monthly sums), then the days left at either
 * end (daily sums). A whole year of a whole country is then one row per place, not twelve.
 */
export function periodsCovering(
  from: string,
  to: string,
): { years: [string, string] | null; months: [string, string][]; days: [string, string][] } {
  const { months, days } = monthsCovering(from, to);
  if (!months) return { years: null, months: [], days };
  const [m1, m2] = months;
  const firstYear = m1.endsWith('-01') ? Number(m1.slice(0, 4)) : Number(m1.slice(0, 4)) + 1;
  const lastYear = m2.endsWith('-12') ? Number(m2.slice(0, 4)) : Number(m2.slice(0, 4)) - 1;
  if (firstYear > lastYear) return { years: null, months: [months], days };
  const ends: [string, string][] = [];
  if (m1 < `${firstYear}-01`) ends.push([m1, `${firstYear - 1}-12`]);
  if (m2 > `${lastYear}-12`) ends.push([`${lastYear + 1}-01`, m2]);
  return { years: [String(firstYear), String(lastYear)], months: ends, days };
}
