import { addDays, daysBetween, isChannel, isDay, isLocalityCode } from '../../core/counts/dimensions';
import { describeFound } from '../../core/found';
import { PLACE_PAGE_ROWS } from '../../core/counts/dashboard-view';
import type { CountFilter, PlacePage } from '../storage/count-store';

/** The longest range one request may ask for (a year, leap or not). */
export const MAX_RANGE_DAYS = 366;
export const DEFAULT_RANGE_DAYS = 30;

/**
 * Reads ?from=&to=&locality=&channel= into a filter, or says what is wrong. Without dates: the
 * last 30 days up to `today`.
 */
export function readFilter(query: (name: string) => string | undefined, today: string): CountFilter | { problem: string } {
  const to = query('to') || today;
  // `to` is checked first: the default `from` is counted back from it.
  if (!isDay(to)) return { problem: `to: found ${describeFound(to)}, expected a date YYYY-MM-DD` };
  const from = query('from') || addDays(to, -(DEFAULT_RANGE_DAYS - 1));
  if (!isDay(from)) return { problem: `from: found ${describeFound(from)}, expected a date YYYY-MM-DD` };
  if (from > to) return { problem: `from: found ${from}, expected a day on or before to (${to})` };
  if (daysBetween(from, to) + 1 > MAX_RANGE_DAYS)
    return { problem: `from–to: found ${daysBetween(from, to) + 1} days, expected at most ${MAX_RANGE_DAYS}` };
  const filter: CountFilter = { from, to };
  const locality = query('locality');
  if (locality) {
    if (!isLocalityCode(locality))
      return { problem: `locality: found ${describeFound(locality)}, expected a province code "79" or "79-26734"` };
    filter.locality = locality;
  }
  const channel = query('channel');
  if (channel) {
    if (!isChannel(channel)) return { problem: `channel: found ${describeFound(channel)}, expected phone, kiosk or volunteer` };
    filter.channel = channel;
  }
  return filter;
}

/** Every day of the range, in order (the chart shows days without counts as zero). */
export function daysOf(filter: CountFilter): string[] {
  const n = daysBetween(filter.from, filter.to) + 1;
  return Array.from({ length: n }, (_, i) => addDays(filter.from, i));
}

/**
 * Reads ?offset=&limit= for the table by place: from row `offset` (default 0), `limit` rows
 * (default and at most PLACE_PAGE_ROWS), or says what is wrong.
 */
export function readPage(query: (name: string) => string | undefined): PlacePage | { problem: string } {
  const offset = query('offset') || '0';
  if (!/^\d{1,9}$/.test(offset)) return { problem: `offset: found ${describeFound(offset)}, expected a row number 0 or more` };
  const limit = query('limit') || String(PLACE_PAGE_ROWS);
  if (!/^\d{1,9}$/.test(limit) || Number(limit) < 1 || Number(limit) > PLACE_PAGE_ROWS)
    return { problem: `limit: found ${describeFound(limit)}, expected 1 to ${PLACE_PAGE_ROWS} rows` };
  return { offset: Number(offset), limit: Number(limit) };
}
