import { counterKey, type CounterRow, type ValidBatch } from '../../core/counts/batch';
import { addDays, provinceOf } from '../../core/counts/dimensions';
import { PLACE_METRICS, metricsOf } from '../../core/counts/metrics';
import type { CountEvent } from '../../core/counts/vocabulary';
import type { SqliteDb } from './sqlite-db';
import { monthsCovering } from './ranges';
import type {
  CountFilter,
  CountStore,
  DayTotal,
  EventTotal,
  IngestResult,
  LocalityTotals,
  MetricSums,
  PlaceDayRow,
  PlaceRow,
} from './count-store';

const M = PLACE_METRICS;
const metricList = M.join(', ');
const metricSums = M.map((m) => `SUM(${m}) AS ${m}`).join(', ');
const metricUpdate = M.map((m) => `${m} = ${m} + excluded.${m}`).join(', ');
const metricMarks = M.map(() => '?').join(', ');

/**
 * Events kept in the `daily` sums: those the dashboard charts and ranks by day and parameter.
 * Busy, many-valued events (screens opened, tutorial steps done) stay in `counts` only, which
 * keeps ingest fast; asking for them reads `counts` (correct, slower over large ranges).
 */
export const DAILY_EVENTS: ReadonlySet<CountEvent> = new Set<CountEvent>([
  'checker_start',
  'checker_outcome',
  'tutorial_start',
  'tutorial_finish',
  'tutorial_stuck',
  'volunteer_tally',
  'point_search',
  'share_shown',
  'link_opened',
  'kiosk_session_start',
]);

function zeroSums(): MetricSums {
  return Object.fromEntries(M.map((m) => [m, 0])) as MetricSums;
}

/** SQL for "in this locality" on a table with a `locality` column, and its parameters. */
function localityWhere(locality: string | undefined): [string, string[]] {
  if (!locality) return ['', []];
  if (locality.length === 2) return [' AND (locality = ? OR locality LIKE ?)', [locality, `${locality}-%`]];
  return [' AND locality = ?', [locality]];
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

const channelWhere = (channel: string | undefined): [string, string[]] => (channel ? [' AND channel = ?', [channel]] : ['', []]);

/**
 * Recomputes the running sums from the counters, in one transaction: after a change to the
 * metrics (PLACE_METRICS, see sqlite-db.ts's upgrade), a repair, or a bulk import into `counts`.
 */
export function rebuildSums(db: SqliteDb): void {
  db.transaction(() => {
    db.exec('DELETE FROM daily; DELETE FROM place_day; DELETE FROM place_month;');
    db.exec(`INSERT INTO daily (event, day, province, channel, param, n)
      SELECT event, day, substr(locality, 1, 2), channel, param, SUM(n) FROM counts
      WHERE event IN (${[...DAILY_EVENTS].map((e) => `'${e}'`).join(', ')})
      GROUP BY event, day, substr(locality, 1, 2), channel, param`);
    // Which metrics each (event, param) feeds, decided by the same code as at ingest.
    db.exec('CREATE TEMP TABLE metric_map (event TEXT, param TEXT, metric TEXT)');
    const pairs = db.prepare('SELECT DISTINCT event, param FROM counts').all() as { event: CountEvent; param: string }[];
    const put = db.prepare('INSERT INTO metric_map VALUES (?, ?, ?)');
    for (const p of pairs) for (const m of metricsOf(p.event, p.param)) put.run(p.event, p.param, m);
    const sums = M.map((m) => `SUM(CASE WHEN mm.metric = '${m}' THEN c.n ELSE 0 END)`).join(', ');
    db.exec(`INSERT INTO place_day (day, locality, channel, source, ${metricList})
      SELECT c.day, c.locality, c.channel, c.source, ${sums}
      FROM counts c JOIN metric_map mm ON mm.event = c.event AND mm.param = c.param
      GROUP BY c.locality, c.day, c.channel, c.source`);
    db.exec(`INSERT INTO place_month (month, locality, channel, source, ${metricList})
      SELECT substr(day, 1, 7), locality, channel, source, ${metricSums.replace(/ AS \w+/g, '')}
      FROM place_day GROUP BY substr(day, 1, 7), locality, channel, source`);
    db.exec('DROP TABLE metric_map');
  }).immediate();
}

/** The SQLite CountStore: one transaction per batch (better-sqlite3 is synchronous, so no interleaving). */
export class SqliteCountStore implements CountStore {
  private readonly tx: (batch: ValidBatch, digest: string, receivedDay: string) => IngestResult;

  constructor(private readonly db: SqliteDb) {
    const remember = db.prepare('INSERT INTO batches (id, digest, counters, received) VALUES (?, ?, ?, ?) ON CONFLICT (id) DO NOTHING');
    const digestOf = db.prepare<[string], { digest: string }>('SELECT digest FROM batches WHERE id = ?');
    const addCount = db.prepare(
      `INSERT INTO counts (locality, day, channel, source, version, event, param, hour, n)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET n = n + excluded.n`,
    );
    const addDaily = db.prepare(
      `INSERT INTO daily (event, day, province, channel, param, n) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET n = n + excluded.n`,
    );
    const addPlace = (table: 'place_day' | 'place_month', first: 'day' | 'month') =>
      db.prepare(
        `INSERT INTO ${table} (${first}, locality, channel, source, ${metricList}) VALUES (?, ?, ?, ?, ${metricMarks})
         ON CONFLICT DO UPDATE SET ${metricUpdate}`,
      );
    const addPlaceDay = addPlace('place_day', 'day');
    const addPlaceMonth = addPlace('place_month', 'month');

    // IMMEDIATE: take the write lock at the start, so a concurrent writer waits instead of failing.
    this.tx = db.transaction((batch: ValidBatch, digest: string, receivedDay: string): IngestResult => {
      const counters = batch.counters.length;
      if (remember.run(batch.batchId, digest, counters, receivedDay).changes === 0) {
        const seen = digestOf.get(batch.batchId);
        return { status: seen?.digest === digest ? 'duplicate' : 'conflict', counters };
      }
      // Sum the batch first: a device's batch is mostly one place, so few rows to update.
      const daily = new Map<string, [CountEvent, string, string, string, string, number]>();
      const places = new Map<string, { day: string; c: CounterRow; sums: MetricSums }>();
      for (const c of batch.counters) {
        addCount.run(c.locality, c.day, c.channel, c.source, c.version, c.event, c.param, c.hour, c.n);
        if (DAILY_EVENTS.has(c.event)) {
          const dk = `${c.event}|${c.day}|${provinceOf(c.locality)}|${c.channel}|${c.param}`;
          const d = daily.get(dk);
          if (d) d[5] += c.n;
          else daily.set(dk, [c.event, c.day, provinceOf(c.locality), c.channel, c.param, c.n]);
        }
        const metrics = metricsOf(c.event, c.param);
        if (metrics.length === 0) continue;
        const pk = `${c.day}|${c.locality}|${c.channel}|${c.source}`;
        let p = places.get(pk);
        if (!p) places.set(pk, (p = { day: c.day, c, sums: zeroSums() }));
        for (const m of metrics) p.sums[m] += c.n;
      }
      for (const d of daily.values()) addDaily.run(...d);
      const months = new Map<string, { month: string; c: CounterRow; sums: MetricSums }>();
      for (const p of places.values()) {
        addPlaceDay.run(p.day, p.c.locality, p.c.channel, p.c.source, ...M.map((m) => p.sums[m]));
        const month = p.day.slice(0, 7);
        const mk = `${month}|${p.c.locality}|${p.c.channel}|${p.c.source}`;
        const acc = months.get(mk);
        if (acc) for (const m of M) acc.sums[m] += p.sums[m];
        else months.set(mk, { month, c: p.c, sums: { ...p.sums } });
      }
      for (const p of months.values()) addPlaceMonth.run(p.month, p.c.locality, p.c.channel, p.c.source, ...M.map((m) => p.sums[m]));
      return { status: 'added', counters };
    }).immediate;
  }

  ingest(batch: ValidBatch, digest: string, receivedDay: string): Promise<IngestResult> {
    try {
      return Promise.resolve(this.tx(batch, digest, receivedDay));
    } catch (e) {
      return Promise.reject(e);
    }
  }

  dailyTotals(filter: CountFilter, events: readonly CountEvent[]): Promise<DayTotal[]> {
    return this.sync(() => this.byEvent(filter, events, true) as DayTotal[]);
  }

  eventTotals(filter: CountFilter, events: readonly CountEvent[]): Promise<EventTotal[]> {
    return this.sync(() => this.byEvent(filter, events, false) as EventTotal[]);
  }

  private byEvent(filter: CountFilter, events: readonly CountEvent[], perDay: boolean): unknown[] {
    if (events.length === 0) return [];
    const marks = events.map(() => '?').join(', ');
    const [chSql, chArgs] = channelWhere(filter.channel);
    const cols = perDay ? 'day, event, param' : 'event, param';
    const order = perDay ? 'ORDER BY day, event, param' : 'ORDER BY event, param';
    if ((filter.locality && filter.locality.length > 2) || !events.every((e) => DAILY_EVENTS.has(e))) {
      // One commune (its rows are together in the primary key), or events without daily sums.
      const [locSql, locArgs] = localityWhere(filter.locality);
      const sql = `SELECT ${cols}, SUM(n) AS n FROM counts WHERE day BETWEEN ? AND ?${locSql}
        AND event IN (${marks})${chSql} GROUP BY ${cols} ${order}`;
      return this.db.prepare(sql).all(filter.from, filter.to, ...locArgs, ...events, ...chArgs);
    }
    const prov = filter.locality ? ' AND province = ?' : '';
    const sql = `SELECT ${cols}, SUM(n) AS n FROM daily WHERE event IN (${marks}) AND day BETWEEN ? AND ?${prov}${chSql}
      GROUP BY ${cols} ${order}`;
    const args = [...events, filter.from, filter.to, ...(filter.locality ? [filter.locality] : []), ...chArgs];
    return this.db.prepare(sql).all(...args);
  }

  placeTotals(filter: CountFilter): Promise<PlaceRow[]> {
    return this.sync(() => {
      const { months, days } = monthsCovering(filter.from, filter.to);
      const [locSql, locArgs] = localityWhere(filter.locality);
      const [chSql, chArgs] = channelWhere(filter.channel);
      const parts: string[] = [];
      const args: unknown[] = [];
      if (months) {
        parts.push(`SELECT locality, channel, source, ${metricList} FROM place_month
          WHERE month BETWEEN ? AND ?${locSql}${chSql}`);
        args.push(months[0], months[1], ...locArgs, ...chArgs);
      }
      for (const [a, b] of days) {
        parts.push(`SELECT locality, channel, source, ${metricList} FROM place_day
          WHERE day BETWEEN ? AND ?${locSql}${chSql}`);
        args.push(a, b, ...locArgs, ...chArgs);
      }
      if (parts.length === 0) return [];
      const sql = `SELECT locality, channel, source, ${metricSums} FROM (${parts.join(' UNION ALL ')})
        GROUP BY locality, channel, source ORDER BY locality, channel, source`;
      return this.db.prepare(sql).all(...args) as PlaceRow[];
    });
  }

  placeDays(filter: CountFilter): Promise<PlaceDayRow[]> {
    return this.sync(() => {
      const [locSql, locArgs] = localityWhere(filter.locality);
      const [chSql, chArgs] = channelWhere(filter.channel);
      const sql = `SELECT day, locality, channel, source, ${metricList} FROM place_day
        WHERE day BETWEEN ? AND ?${locSql}${chSql} ORDER BY day, locality, channel, source`;
      return this.db.prepare(sql).all(filter.from, filter.to, ...locArgs, ...chArgs) as PlaceDayRow[];
    });
  }

  localityTotals(filter: CountFilter): Promise<LocalityTotals[]> {
    return this.sync(() => {
      // Keys start with the month or day, then the locality: listing each month and day (IN) and
      // giving the scope as a key range lets SQLite seek straight to the scope's rows.
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
      if (parts.length === 0) return [];
      const sql = `SELECT locality, ${metricSums} FROM (${parts.join(' UNION ALL ')}) GROUP BY locality ORDER BY locality`;
      return this.db.prepare(sql).all(...args) as LocalityTotals[];
    });
  }

  grandTotal(): Promise<{ counts: number; batches: number }> {
    return this.sync(() => {
      const counts = this.db.prepare('SELECT COALESCE(SUM(n), 0) AS n FROM counts').get() as { n: number };
      const batches = this.db.prepare('SELECT COUNT(*) AS n FROM batches').get() as { n: number };
      return { counts: counts.n, batches: batches.n };
    });
  }

  /**
   * Recomputes the running sums from the counters, in one transaction: after a change to the
   * metrics (PLACE_METRICS), a repair, or a bulk import straight into `counts`.
   */
  rebuildSums(): void {
    rebuildSums(this.db);
  }

  /** Every stored counter (for tests and a move to another store). */
  counterRows(): CounterRow[] {
    return this.db.prepare('SELECT day, hour, locality, channel, source, version, event, param, n FROM counts').all() as CounterRow[];
  }

  /** Sums per counter key, for comparing with what devices counted. */
  totalsByKey(): Map<string, number> {
    return new Map(this.counterRows().map((r) => [counterKey(r), r.n]));
  }

  close(): Promise<void> {
    return this.sync(() => void this.db.close());
  }

  private sync<T>(fn: () => T): Promise<T> {
    try {
      return Promise.resolve(fn());
    } catch (e) {
      return Promise.reject(e);
    }
  }
}
