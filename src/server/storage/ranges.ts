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
