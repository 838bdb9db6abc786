import { addDays } from '../../core/counts/dimensions';
import { PLACE_METRICS } from '../../core/counts/metrics';

/**
 * The pieces of SQL a dashboard read builds from its CountFilter (which places, which channel,
 * which days and months) and the metric columns it sums, for count-sql.ts and active-days-sql.ts.
 * They live apart from both because count-sql.ts builds its ingest SQL from active-days-sql.ts's
 * columns at load: were these in count-sql.ts, each module would need the other loaded first.
 */
const M = PLACE_METRICS;
export const metricList = M.join(', ');
export const metricSums = M.map((m) => `SUM(${m}) AS ${m}`).join(', ');

/** SQL for "in this locality" on a table with a `locality` column, and its parameters. */
export function localityWhere(locality: string | undefined): [string, string[]] {
  if (!locality) return ['', []];
  if (locality.length === 2) return [' AND (locality = ? OR locality LIKE ?)', [locality, `${locality}-%`]];
  return [' AND locality = ?', [locality]];
}

export const channelWhere = (channel: string | undefined): [string, string[]] => (channel ? [' AND channel = ?', [channel]] : ['', []]);

/**
 * The same as localityWhere, written as one key range an index can seek: a province "38" is
 * "38" itself and "38-…", all from "38" up to "38." ('.' sorts right after '-').
 */
export function localityRange(locality: string | undefined): [string, string[]] {
  if (locality === undefined) return ['', []];
  if (locality.length === 2) return [' AND locality >= ? AND locality < ?', [locality, `${locality}.`]];
  return [' AND locality = ?', [locality]];
}

export function dayList(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

export function monthList(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addDays(`${m}-28`, 5).slice(0, 7)) out.push(m);
  return out;
}
