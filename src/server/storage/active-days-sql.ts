import { addDays } from '../../core/counts/dimensions';
import { PLACE_METRICS } from '../../core/counts/metrics';
import type { CountFilter } from './count-store';
import type { PlacePage, PlaceTable, PlacePeriod, Query } from './count-sql';
import { channelWhere, dayList, localityRange, metricList, metricSums, monthList } from './count-filter-sql';
import { periodsCovering } from './ranges';

const M = PLACE_METRICS;

/**
 * place_year's record of which days each place has counts (a place_day row): `active_MM` holds
 * bit d - 1 for day d of month MM (31 bits, an integer), OR'ed in at ingest. The table by place
 * over a range that is not one period finds the places with counts in it from these bits alone
 * (one row per place and year), then sums only the rows of the page's places (decision 0036).
 */
export const ACTIVE_COLUMNS = Array.from({ length: 12 }, (_, i) => `active_${String(i + 1).padStart(2, '0')}`);
export const activeList = ACTIVE_COLUMNS.join(', ');
/** The bits of place_day's days, summed per year and place (each day once per place: a sum of distinct bits is their OR). */
const activeSums = ACTIVE_COLUMNS.map(
  (_, i) =>
    `SUM(CASE WHEN substr(day, 6, 2) = '${String(i + 1).padStart(2, '0')}' THEN 1 << (CAST(substr(day, 9, 2) AS integer) - 1) ELSE 0 END)`,
);

/** True when the range is one calendar year, one whole month or one day: one period of one table. */
export function isOnePeriod(filter: CountFilter): boolean {
  const { years, months, days } = periodsCovering(filter.from, filter.to);
  const n = (years ? 1 : 0) + months.length + days.length;
  const [a, b] = years ?? months[0] ?? days[0] ?? ['', ''];
  return n === 1 && a === b;
}

/**
 * A page of the places with counts in a range that is not one period, in place order, each row
 * with `total` (how many places the whole table has): from place_year's active days alone, one
 * row per place and year, whatever the range's length. A place has a row in the table exactly
 * when it has a place_day row in the range, so the bits decide it as the sums would.
 */
export function presentPlacesQuery(filter: CountFilter, page: PlacePage): Query {
  const [locSql, locArgs] = localityRange(filter.locality);
  const [chSql, chArgs] = channelWhere(filter.channel);
  const parts: string[] = [];
  const args: unknown[] = [];
  for (let y = Number(filter.from.slice(0, 4)); y <= Number(filter.to.slice(0, 4)); y++) {
    const masks = activeMasks(filter.from, filter.to, y);
    if (masks.length === 0) continue;
    parts.push(`SELECT locality, channel, source FROM place_year WHERE year = ?${locSql}${chSql}
      AND (${masks.map(([column]) => `(${column} & ?)`).join(' | ')}) <> 0`);
    args.push(String(y), ...locArgs, ...chArgs, ...masks.map(([, mask]) => mask));
  }
  return {
    sql: `SELECT locality, channel, source, CAST(COUNT(*) OVER () AS integer) AS total
      FROM (${parts.join(' UNION ')}) AS present ORDER BY locality, channel, source LIMIT ? OFFSET ?`,
    args: [...args, page.limit, page.offset],
  };
}

/**
 * For each month of `year`, the bits of the days from..to in it: [column, mask] for the months
 * the range touches (bit d - 1 for day d, as ACTIVE_COLUMNS).
 */
export function activeMasks(from: string, to: string, year: number): [string, number][] {
  const out: [string, number][] = [];
  for (let m = 1; m <= 12; m++) {
    const mm = String(m).padStart(2, '0');
    const first = `${year}-${mm}-01`;
    const last = addDays(`${m === 12 ? year + 1 : year}-${m === 12 ? '01' : String(m + 1).padStart(2, '0')}-01`, -1);
    const a = from > first ? from : first;
    const b = to < last ? to : last;
    if (a > b) continue;
    // Days a..b of the month: bits a-1 .. b-1 (at most 2^31 - 1, an exact integer in JavaScript).
    out.push([ACTIVE_COLUMNS[m - 1]!, 2 ** Number(b.slice(8, 10)) - 2 ** (Number(a.slice(8, 10)) - 1)]);
  }
  return out;
}

/**
 * The sums of the given localities' places over the range (years, months and days as
 * placeTotalsQuery splits it), for a page found by presentPlacesQuery: every period is listed
 * (IN), so each (period, locality) is one seek in keys that start with the period, and only the
 * page's rows are read however many places the country has.
 */
export function localityPlaceSumsQuery(filter: CountFilter, localities: readonly string[]): Query | null {
  if (localities.length === 0) return null;
  const { years, months, days } = periodsCovering(filter.from, filter.to);
  const [chSql, chArgs] = channelWhere(filter.channel);
  const list = (values: readonly unknown[]) => values.map(() => '?').join(', ');
  const pieces: [PlaceTable, PlacePeriod, string[]][] = [];
  if (years) {
    const ys: string[] = [];
    for (let y = Number(years[0]); y <= Number(years[1]); y++) ys.push(String(y));
    pieces.push(['place_year', 'year', ys]);
  }
  if (months.length) pieces.push(['place_month', 'month', months.flatMap(([a, b]) => monthList(a, b))]);
  if (days.length) pieces.push(['place_day', 'day', days.flatMap(([a, b]) => dayList(a, b))]);
  if (pieces.length === 0) return null;
  return {
    sql: `SELECT locality, channel, source, ${metricSums} FROM (${pieces
      .map(
        ([table, period, values]) => `SELECT locality, channel, source, ${metricList} FROM ${table}
          WHERE ${period} IN (${list(values)}) AND locality IN (${list(localities)})${chSql}`,
      )
      .join(' UNION ALL ')}) AS parts GROUP BY locality, channel, source`,
    args: pieces.flatMap(([, , values]) => [...values, ...localities, ...chArgs]),
  };
}

/** place_year (sums and active days) from place_day, into an empty place_year: a rebuild, the bench. */
export const PLACE_YEAR_FROM_DAYS = `INSERT INTO place_year (year, locality, channel, source, ${metricList}, ${activeList})
  SELECT substr(day, 1, 4), locality, channel, source, ${M.map((m) => `SUM(${m})`).join(', ')}, ${activeSums.join(', ')}
  FROM place_day GROUP BY substr(day, 1, 4), locality, channel, source`;

/**
 * place_year's active days recomputed from place_day (SQLite schema 6 on upgrade; the bench,
 * which writes place_day by SQL). The same text for both databases.
 */
export const FILL_ACTIVE_DAYS = `WITH a AS (
    SELECT substr(day, 1, 4) AS year, locality, channel, source, ${activeSums.map((sum, i) => `${sum} AS a${i}`).join(', ')}
    FROM place_day GROUP BY substr(day, 1, 4), locality, channel, source)
  UPDATE place_year SET ${ACTIVE_COLUMNS.map((c, i) => `${c} = a.a${i}`).join(', ')}
  FROM a WHERE place_year.year = a.year AND place_year.locality = a.locality
    AND place_year.channel = a.channel AND place_year.source = a.source`;
