import { addDays } from '../../core/counts/dimensions';
import { PLACE_METRICS, metricWeight, metricsOf } from '../../core/counts/metrics';
import type { CountEvent } from '../../core/counts/vocabulary';
import { DAILY_EVENTS } from './batch-sums';
import { monthsCovering, periodsCovering } from './ranges';
import type { CountFilter } from './count-store';

/**
 * The count store's SQL for SQLite and PostgreSQL, side by side. The dashboard's reads are the same
 * text for both (written with `?`; `toPostgres` numbers them $1, $2...); the writes differ only
 * where the databases do: SQLite runs one small statement per row inside a transaction on its one
 * writer, PostgreSQL takes a whole batch in one statement (one round trip) from arrays.
 */
const M = PLACE_METRICS;
export const metricList = M.join(', ');
const metricSums = M.map((m) => `SUM(${m}) AS ${m}`).join(', ');
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

/**
 * place_year's record of which days each place has counts (a place_day row): `active_MM` holds
 * bit d - 1 for day d of month MM (31 bits, an integer), OR'ed in at ingest. The table by place
 * over a range that is not one period finds the places with counts in it from these bits alone
 * (one row per place and year), then sums only the rows of the page's places (decision 0036).
 */
export const ACTIVE_COLUMNS = Array.from({ length: 12 }, (_, i) => `active_${String(i + 1).padStart(2, '0')}`);
const activeList = ACTIVE_COLUMNS.join(', ');
const activeUpdate = (table: string) => ACTIVE_COLUMNS.map((c) => `${c} = ${table}.${c} | excluded.${c}`).join(', ');
/** The bits of place_day's days, summed per year and place (each day once per place: a sum of distinct bits is their OR). */
const activeSums = ACTIVE_COLUMNS.map(
  (_, i) =>
    `SUM(CASE WHEN substr(day, 6, 2) = '${String(i + 1).padStart(2, '0')}' THEN 1 << (CAST(substr(day, 9, 2) AS integer) - 1) ELSE 0 END)`,
);

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

/** SQL for "in this locality" on a table with a `locality` column, and its parameters. */
function localityWhere(locality: string | undefined): [string, string[]] {
  if (!locality) return ['', []];
  if (locality.length === 2) return [' AND (locality = ? OR locality LIKE ?)', [locality, `${locality}-%`]];
  return [' AND locality = ?', [locality]];
}

const channelWhere = (channel: string | undefined): [string, string[]] => (channel ? [' AND channel = ?', [channel]] : ['', []]);

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

/**
 * The same as localityWhere, written as one key range an index can seek: a province "38" is
 * "38" itself and "38-…", all from "38" up to "38." ('.' sorts right after '-').
 */
function localityRange(locality: string | undefined): [string, string[]] {
  if (locality === undefined) return ['', []];
  if (locality.length === 2) return [' AND locality >= ? AND locality < ?', [locality, `${locality}.`]];
  return [' AND locality = ?', [locality]];
}

function dayList(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = addDays(d, 1)) out.push(d);
  return out;
}

function monthList(from: string, to: string): string[] {
  const out: string[] = [];
  for (let m = from; m <= to; m = addDays(`${m}-28`, 5).slice(0, 7)) out.push(m);
  return out;
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
