import { PLACE_METRICS, metricWeight, metricsOf } from '../../core/counts/metrics';
import type { CountEvent } from '../../core/counts/vocabulary';
import { DAILY_EVENTS } from './batch-sums';
import { monthsCovering, periodsCovering } from './ranges';
import type { CountFilter } from './count-store';
import { ACTIVE_COLUMNS, PLACE_YEAR_FROM_DAYS, activeList } from './active-days-sql';
import { channelWhere, dayList, localityRange, localityWhere, metricList, metricSums, monthList } from './count-filter-sql';

/**
 * The count store's SQL for SQLite and PostgreSQL, side by side. The dashboard's reads are the same
 * text for both (written with `?`; `toPostgres` numbers them $1, $2...); the writes differ only
 * where the databases do: SQLite runs one small statement per row inside a transaction on its one
 * writer, PostgreSQL takes a whole batch in one statement (one round trip) from arrays.
 */
const M = PLACE_METRICS;
const metricUpdate = (table: string) => M.map((m) => `${m} = ${table}.${m} + excluded.${m}`).join(', ');

export const COUNT_KEY = 'locality, day, channel, source, version, event, param, hour';
export const DAILY_KEY = 'day, province, channel, event, param';
/** The running sums per place: per day, per month (YYYY-MM) and per calendar year (YYYY). */
export type PlaceTable = 'place_day' | 'place_month' | 'place_year';
export type PlacePeriod = 'day' | 'month' | 'year';
export const PLACE_TABLES: readonly [PlaceTable, PlacePeriod][] = [
  ['place_day', 'day'],
  ['place_month', 'month'],
  ['place_year', 'year'],
];
const placeKey = (first: PlacePeriod) => `${first}, locality, channel, source`;

/** place_year's active days (ACTIVE_COLUMNS in active-days-sql.ts) are OR'ed in at ingest. */
const activeUpdate = (table: string) => ACTIVE_COLUMNS.map((c) => `${c} = ${table}.${c} | excluded.${c}`).join(', ');

/** SQLite: one statement per row, all in one IMMEDIATE transaction per batch (or group of batches). */
export const SQLITE_INGEST = {
  rememberBatch: 'INSERT INTO batches (id, digest, counters, received) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING',
  digestOf: 'SELECT digest FROM batches WHERE id = ?',
  addCount: `INSERT INTO counts (${COUNT_KEY}, n) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
    ON CONFLICT (${COUNT_KEY}) DO UPDATE SET n = counts.n + excluded.n`,
  addDaily: `INSERT INTO daily (${DAILY_KEY}, n) VALUES (?, ?, ?, ?, ?, ?)
    ON CONFLICT (${DAILY_KEY}) DO UPDATE SET n = daily.n + excluded.n`,
  addPlace: (table: 'place_day' | 'place_month', first: PlacePeriod) =>
    `INSERT INTO ${table} (${placeKey(first)}, ${metricList}) VALUES (?, ?, ?, ?, ${M.map(() => '?').join(', ')})
     ON CONFLICT (${placeKey(first)}) DO UPDATE SET ${metricUpdate(table)}`,
  /** place_year: the metrics added, the days with counts (ACTIVE_COLUMNS) OR'ed in. */
  addPlaceYear: `INSERT INTO place_year (${placeKey('year')}, ${metricList}, ${activeList})
    VALUES (?, ?, ?, ?, ${[...M, ...ACTIVE_COLUMNS].map(() => '?').join(', ')})
    ON CONFLICT (${placeKey('year')}) DO UPDATE SET ${metricUpdate('place_year')}, ${activeUpdate('place_year')}`,
  pruneBatches: 'DELETE FROM batches WHERE received < ?',
};

/**
 * PostgreSQL: the whole batch in one statement. The batch id is inserted first; the counters and
 * sums are written only when that insert happened (`WHERE EXISTS (SELECT 1 FROM b)`). A second
 * instance inserting the same id at the same moment waits on the unique index until the first
 * commits, then inserts nothing: exactly once across instances. `ON CONFLICT ... DO UPDATE` adds to
 * the running sums under a row lock, so concurrent batches never lose an update.
 */
const pgPlaceCte = (name: string, table: PlaceTable, first: PlacePeriod, at: number) => {
  const year = table === 'place_year';
  const arrays = [0, 1, 2, 3]
    .map((i) => `$${at + i}::text[]`)
    .concat(M.map((_, i) => `$${at + 4 + i}::bigint[]`))
    .concat(year ? ACTIVE_COLUMNS.map((_, i) => `$${at + 4 + M.length + i}::integer[]`) : []);
  return `${name} AS (
    INSERT INTO ${table} AS t (${placeKey(first)}, ${metricList}${year ? `, ${activeList}` : ''})
    SELECT * FROM unnest(${arrays.join(', ')}) WHERE EXISTS (SELECT 1 FROM b)
    ON CONFLICT (${placeKey(first)}) DO UPDATE SET ${metricUpdate('t')}${year ? `, ${activeUpdate('t')}` : ''})`;
};
const PLACE_PARAMS = 4 + M.length;
export const POSTGRES_INGEST = {
  /** $1 id, $2 digest, $3 counters, $4 received; then arrays: counts (9), daily (6), place_day, place_month, place_year (with its active days). */
  batch: `WITH b AS (
    INSERT INTO batches (id, digest, counters, received) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING RETURNING id
  ), c AS (
    INSERT INTO counts AS t (${COUNT_KEY}, n)
    SELECT * FROM unnest($5::text[], $6::text[], $7::text[], $8::text[], $9::text[], $10::text[], $11::text[], $12::smallint[], $13::bigint[])
    WHERE EXISTS (SELECT 1 FROM b)
    ON CONFLICT (${COUNT_KEY}) DO UPDATE SET n = t.n + excluded.n
  ), d AS (
    INSERT INTO daily AS t (${DAILY_KEY}, n)
    SELECT * FROM unnest($14::text[], $15::text[], $16::text[], $17::text[], $18::text[], $19::bigint[])
    WHERE EXISTS (SELECT 1 FROM b)
    ON CONFLICT (${DAILY_KEY}) DO UPDATE SET n = t.n + excluded.n
  ), ${pgPlaceCte('pd', 'place_day', 'day', 20)}, ${pgPlaceCte('pm', 'place_month', 'month', 20 + PLACE_PARAMS)},
  ${pgPlaceCte('py', 'place_year', 'year', 20 + 2 * PLACE_PARAMS)}
  SELECT count(*)::int AS added FROM b`,
  digestOf: 'SELECT digest FROM batches WHERE id = $1',
  pruneBatches: 'DELETE FROM batches WHERE received < $1',
};

/** `?` → `$1, $2...` (the reads below have no `?` inside string literals). */
export function toPostgres(sql: string): string {
  let i = 0;
  return sql.replace(/\?/g, () => `$${++i}`);
}

export interface Query {
  sql: string;
  args: unknown[];
}

/** Sums per event and param (and day when `perDay`): from `daily`, or from `counts` when it must. */
export function byEventQuery(filter: CountFilter, events: readonly CountEvent[], perDay: boolean): Query | null {
  if (events.length === 0) return null;
  const marks = events.map(() => '?').join(', ');
  const [chSql, chArgs] = channelWhere(filter.channel);
  const cols = perDay ? 'day, event, param' : 'event, param';
  const order = perDay ? 'ORDER BY day, event, param' : 'ORDER BY event, param';
  if ((filter.locality && filter.locality.length > 2) || !events.every((e) => DAILY_EVENTS.has(e))) {
    // One commune (its rows are together in the primary key), or events without daily sums.
    const [locSql, locArgs] = localityWhere(filter.locality);
    return {
      sql: `SELECT ${cols}, SUM(n) AS n FROM counts WHERE day BETWEEN ? AND ?${locSql}
        AND event IN (${marks})${chSql} GROUP BY ${cols} ${order}`,
      args: [filter.from, filter.to, ...locArgs, ...events, ...chArgs],
    };
  }
  const prov = filter.locality ? ' AND province = ?' : '';
  return {
    sql: `SELECT ${cols}, SUM(n) AS n FROM daily WHERE event IN (${marks}) AND day BETWEEN ? AND ?${prov}${chSql}
      GROUP BY ${cols} ${order}`,
    args: [...events, filter.from, filter.to, ...(filter.locality ? [filter.locality] : []), ...chArgs],
  };
}

/** A page of the organizers' table: `limit` rows from row `offset` (0-based), in place order. */
export interface PlacePage {
  limit: number;
  offset: number;
}

/**
 * The organizers' table: whole years from place_year, whole months from place_month, the days at
 * either end from place_day, summed per place. One period of one table (a calendar year, a month,
 * a day) has one row per place already: read in key order, no grouping, and a page stops early.
 * With `page`, every row also carries `total`, the number of rows of the whole table.
 */
export function placeTotalsQuery(filter: CountFilter, page?: PlacePage): Query | null {
  const { years, months, days } = periodsCovering(filter.from, filter.to);
  const [locSql, locArgs] = localityWhere(filter.locality);
  const [chSql, chArgs] = channelWhere(filter.channel);
  const ranges: [PlaceTable, PlacePeriod, string, string][] = [
    ...(years ? [['place_year', 'year', ...years] as [PlaceTable, PlacePeriod, string, string]] : []),
    ...months.map(([a, b]): [PlaceTable, PlacePeriod, string, string] => ['place_month', 'month', a, b]),
    ...days.map(([a, b]): [PlaceTable, PlacePeriod, string, string] => ['place_day', 'day', a, b]),
  ];
  if (ranges.length === 0) return null;
  const total = page ? ', CAST(COUNT(*) OVER () AS integer) AS total' : '';
  const paged = page ? ' LIMIT ? OFFSET ?' : '';
  const pageArgs = page ? [page.limit, page.offset] : [];
  const order = 'ORDER BY locality, channel, source';
  const [only] = ranges;
  if (ranges.length === 1 && only![2] === only![3]) {
    const [table, period, at] = only!;
    return {
      sql: `SELECT locality, channel, source, ${metricList}${total} FROM ${table}
        WHERE ${period} = ?${locSql}${chSql} ${order}${paged}`,
      args: [at, ...locArgs, ...chArgs, ...pageArgs],
    };
  }
  const parts = ranges.map(
    ([table, period]) => `SELECT locality, channel, source, ${metricList} FROM ${table}
      WHERE ${period} BETWEEN ? AND ?${locSql}${chSql}`,
  );
  return {
    sql: `SELECT locality, channel, source, ${metricSums}${total} FROM (${parts.join(' UNION ALL ')}) AS parts
      GROUP BY locality, channel, source ${order}${paged}`,
    args: [...ranges.flatMap(([, , a, b]) => [a, b, ...locArgs, ...chArgs]), ...pageArgs],
  };
}

export function placeDaysQuery(filter: CountFilter): Query {
  const [locSql, locArgs] = localityWhere(filter.locality);
  const [chSql, chArgs] = channelWhere(filter.channel);
  return {
    sql: `SELECT day, locality, channel, source, ${metricList} FROM place_day
      WHERE day BETWEEN ? AND ?${locSql}${chSql} ORDER BY day, locality, channel, source`,
    args: [filter.from, filter.to, ...locArgs, ...chArgs],
  };
}

/** The health check's write (one row, rewritten): the same text for both databases (`?` → $1). */
export const HEALTH_PROBE = 'INSERT INTO health (id, checked) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET checked = excluded.checked';

export const GRAND_TOTAL = {
  counts: 'SELECT COALESCE(SUM(n), 0) AS n FROM counts',
  batches: 'SELECT COUNT(*) AS n FROM batches',
};

/**
 * The daily report: sums per locality. Keys start with the month or day, then the locality:
 * listing each month and day (IN) and giving the scope as a key range lets the database seek
 * straight to the scope's rows.
 */
export function localityTotalsQuery(filter: CountFilter): Query | null {
  const { months, days } = monthsCovering(filter.from, filter.to);
  const [locSql, locArgs] = localityRange(filter.locality);
  const [chSql, chArgs] = channelWhere(filter.channel);
  const parts: string[] = [];
  const args: unknown[] = [];
  const list = (values: string[]) => values.map(() => '?').join(', ');
  if (months) {
    const ms = monthList(months[0], months[1]);
    parts.push(`SELECT locality, ${metricList} FROM place_month WHERE month IN (${list(ms)})${locSql}${chSql}`);
    args.push(...ms, ...locArgs, ...chArgs);
  }
  const ds = days.flatMap(([a, b]) => dayList(a, b));
  if (ds.length) {
    parts.push(`SELECT locality, ${metricList} FROM place_day WHERE day IN (${list(ds)})${locSql}${chSql}`);
    args.push(...ds, ...locArgs, ...chArgs);
  }
  if (parts.length === 0) return null;
  return {
    sql: `SELECT locality, ${metricSums} FROM (${parts.join(' UNION ALL ')}) AS parts GROUP BY locality ORDER BY locality`,
    args,
  };
}

const quote = (s: string) => `'${s.replace(/'/g, "''")}'`;

/**
 * Recomputing the running sums from the counters, for both databases (run in one transaction):
 * which metrics each (event, param) feeds, and by how much per count (an undo's -1, a people
 * count's number), is decided by the same code as at ingest (metricsOf, metricWeight) and given to
 * the SQL as a VALUES list.
 */
export function rebuildSumsSql(pairs: readonly { event: CountEvent; param: string }[]): string[] {
  const statements = [
    'DELETE FROM daily',
    'DELETE FROM place_day',
    'DELETE FROM place_month',
    'DELETE FROM place_year',
    `INSERT INTO daily (event, day, province, channel, param, n)
      SELECT event, day, substr(locality, 1, 2), channel, param, SUM(n) FROM counts
      WHERE event IN (${[...DAILY_EVENTS].map(quote).join(', ')})
      GROUP BY event, day, substr(locality, 1, 2), channel, param`,
  ];
  const map = pairs.flatMap((p) =>
    metricsOf(p.event, p.param).map((m) => `(${quote(p.event)}, ${quote(p.param)}, ${quote(m)}, ${metricWeight(p.event, p.param)})`),
  );
  if (map.length === 0) return statements;
  const sums = M.map((m) => `SUM(CASE WHEN mm.metric = '${m}' THEN c.n * mm.weight ELSE 0 END)`).join(', ');
  statements.push(
    `WITH mm (event, param, metric, weight) AS (VALUES ${map.join(', ')})
      INSERT INTO place_day (day, locality, channel, source, ${metricList})
      SELECT c.day, c.locality, c.channel, c.source, ${sums}
      FROM counts c JOIN mm ON mm.event = c.event AND mm.param = c.param
      GROUP BY c.locality, c.day, c.channel, c.source`,
    `INSERT INTO place_month (month, locality, channel, source, ${metricList})
      SELECT substr(day, 1, 7), locality, channel, source, ${M.map((m) => `SUM(${m})`).join(', ')}
      FROM place_day GROUP BY substr(day, 1, 7), locality, channel, source`,
    PLACE_YEAR_FROM_DAYS,
  );
  return statements;
}
