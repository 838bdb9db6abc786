import { UNKNOWN_PLACE } from '../../core/counts/daily-report';
import { CHANNEL_LABELS } from '../../core/counts/labels';
import { PLACE_METRICS, SHARE_MIN_COUNT } from '../../core/counts/metrics';
import { CSV_FORMULA_LEADS, CSV_QUOTED_IF, csvCell } from '../../core/counts/report-table';
import { channelWhere, dayList, localityRange } from './count-filter-sql';
import type { Query } from './count-sql';
import type { CountFilter } from './count-store';

/**
 * The daily report's CSV lines written by the database (decision 0041): one text value for all
 * the rows asked for instead of 26 values per place_day row, and no JavaScript per row. A whole
 * country's day is 31,460 lines: made into row objects, cloned from the SQLite worker and written
 * line by line they took ~5 times what the database takes to write them itself.
 * The same SQL for SQLite and PostgreSQL; the same bytes as placeDaysCsvLines in
 * server/dashboard-api/csv.ts (the store contract compares them on both databases).
 */

/** An SQL text literal (standard quoting: both databases take any character inside). */
function literal(text: string): string {
  // toPostgres numbers every `?` of a query as a parameter, literals included.
  if (text.includes('?')) throw new Error(`no "?" in an SQL literal: ${text}`);
  return `'${text.replace(/'/g, "''")}'`;
}

/**
 * csvCell (core/counts/report-table.ts) of a text expression, as SQL: a formula's first character
 * gets an apostrophe, then a cell holding a comma, a quote or a line break is quoted, its quotes
 * doubled. Checked against csvCell itself on both databases (test/unit/counts/place-day-csv.test.ts).
 */
export function csvCellSql(text: string): string {
  const guarded = `CASE WHEN substr(${text}, 1, 1) IN (${CSV_FORMULA_LEADS.map(literal).join(', ')}) THEN '''' || ${text} ELSE ${text} END`;
  const without = [',', ...CSV_QUOTED_IF].reduce((e, c) => `replace(${e}, ${literal(c)}, '')`, text);
  return `CASE WHEN ${without} <> ${text} THEN '"' || replace(${guarded}, '"', '""') || '"' ELSE ${guarded} END`;
}

/** A count as placeDaysCsvLines writes it: never below zero (clampMetrics); shared, 1–4 as "<5". */
function countSql(metric: string, share: boolean): string {
  const small = share ? ` WHEN ${metric} > 0 AND ${metric} < ${SHARE_MIN_COUNT} THEN '<${SHARE_MIN_COUNT}'` : '';
  return `CASE WHEN ${metric} < 0 THEN '0'${small} ELSE CAST(${metric} AS text) END`;
}

// The labels are the code's own: their cells are made here once (csvCell), not on every row.
const channelCell = `CASE channel ${Object.entries(CHANNEL_LABELS)
  .map(([channel, label]) => `WHEN ${literal(channel)} THEN ${literal(csvCell(label))}`)
  .join(' ')} ELSE ${csvCellSql('channel')} END`;
const placeCell = `CASE WHEN locality = '' THEN ${literal(csvCell(UNKNOWN_PLACE))} ELSE ${csvCellSql('locality')} END`;
const lineSql = (share: boolean) =>
  [csvCellSql('day'), placeCell, channelCell, csvCellSql('source'), ...PLACE_METRICS.map((m) => countSql(m, share))].join(` || ',' || `);

const CRLF = literal('\r\n');

/**
 * The CSV's lines of placeDaysQuery's rows, in its order, as one text value (`csv`: every line
 * ending CRLF; NULL when there are none): one value to hand over whatever the number of rows.
 * Each day is listed (IN) and the place given as a key range, so a commune's days are seeks into
 * keys that start with the day, not a scan of every place on those days.
 */
export function placeDayCsvQuery(filter: CountFilter, share: boolean): Query {
  const days = dayList(filter.from, filter.to);
  const [locSql, locArgs] = localityRange(filter.locality);
  const [chSql, chArgs] = channelWhere(filter.channel);
  return {
    sql: `SELECT string_agg(${lineSql(share)}, ${CRLF} ORDER BY day, locality, channel, source) || ${CRLF} AS csv
      FROM place_day WHERE day IN (${days.map(() => '?').join(', ') || 'NULL'})${locSql}${chSql}`,
    args: [...days, ...locArgs, ...chArgs],
  };
}
