import type { CounterRow, ValidBatch } from '../../core/counts/batch';
import { provinceOf } from '../../core/counts/dimensions';
import { PLACE_METRICS, metricWeight, metricsOf, type PlaceMetric } from '../../core/counts/metrics';
import type { CountEvent } from '../../core/counts/vocabulary';

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
  'volunteer_tally_undone',
  'volunteer_people',
  'volunteer_people_undone',
  'point_search',
  'share_shown',
  'link_opened',
  'kiosk_session_start',
]);

export type MetricValues = Record<PlaceMetric, number>;

export interface DailyRow {
  event: CountEvent;
  day: string;
  province: string;
  channel: string;
  param: string;
  n: number;
}

/** A row of place_day (`period` = day), place_month (YYYY-MM) or place_year (YYYY). */
export interface PlaceSumRow {
  period: string;
  locality: string;
  channel: string;
  source: string;
  sums: MetricValues;
  /**
   * place_year only: the days of the year the place has a place_day row, month by month (12
   * integers, bit d - 1 for day d; see ACTIVE_COLUMNS in active-days-sql.ts), OR'ed into the stored row.
   */
  active?: number[];
}

/** What one batch adds to the counters and to each running-sum table, one row per key. */
export interface BatchSums {
  counts: CounterRow[];
  daily: DailyRow[];
  placeDay: PlaceSumRow[];
  placeMonth: PlaceSumRow[];
  placeYear: PlaceSumRow[];
}

const ZERO_METRICS = Object.fromEntries(PLACE_METRICS.map((m) => [m, 0])) as MetricValues;

/** A copy of one object's fields, not an object built from a list: made for every place of every batch. */
export function zeroMetrics(): MetricValues {
  return { ...ZERO_METRICS };
}

/**
 * Sums a batch into the rows each table gets, by the same rules for every database. A device's
 * batch is mostly one place and a few days, so this turns hundreds of counters into few sum rows.
 * With `lockOrder` (the default), rows come out sorted by key: concurrent writers then take row
 * locks in one order (PostgreSQL cannot deadlock two batches that touch the same sums). SQLite has
 * one writer and no row locks: its rows stay in the order met, which saves building and comparing
 * a long key per counter.
 */
export function sumBatch(batch: ValidBatch, lockOrder = true): BatchSums {
  const daily = new Map<string, DailyRow>();
  const places = new Map<string, PlaceSumRow>();
  // A batch's counters come in runs of one day and place: the run's row is found without its key.
  let p: PlaceSumRow | undefined;
  for (const c of batch.counters) {
    if (DAILY_EVENTS.has(c.event)) {
      const province = provinceOf(c.locality);
      const dk = `${c.day}|${province}|${c.channel}|${c.event}|${c.param}`;
      const d = daily.get(dk);
      if (d) d.n += c.n;
      else daily.set(dk, { event: c.event, day: c.day, province, channel: c.channel, param: c.param, n: c.n });
    }
    const metrics = metricsOf(c.event, c.param);
    if (metrics.length === 0) continue;
    if (!p || p.period !== c.day || p.locality !== c.locality || p.channel !== c.channel || p.source !== c.source) {
      const pk = `${c.day}|${c.locality}|${c.channel}|${c.source}`;
      p = places.get(pk);
      if (!p) places.set(pk, (p = { period: c.day, locality: c.locality, channel: c.channel, source: c.source, sums: zeroMetrics() }));
    }
    const weight = metricWeight(c.event, c.param);
    for (const m of metrics) p.sums[m] += weight * c.n;
  }
  const months = rollUp(places.values(), 7);
  const years = rollUp(months.values(), 4);
  for (const y of years.values()) y.active = Array.from({ length: 12 }, () => 0);
  for (const p of places.values()) {
    const y = years.get(`${p.period.slice(0, 4)}|${p.locality}|${p.channel}|${p.source}`)!;
    const month = Number(p.period.slice(5, 7)) - 1;
    y.active![month]! |= 1 << (Number(p.period.slice(8, 10)) - 1);
  }
  if (!lockOrder)
    return {
      counts: batch.counters,
      daily: [...daily.values()],
      placeDay: [...places.values()],
      placeMonth: [...months.values()],
      placeYear: [...years.values()],
    };
  const byKey = <T>(m: Map<string, T>): T[] => [...m.entries()].sort((a, b) => (a[0] < b[0] ? -1 : 1)).map((e) => e[1]);
  // Each counter's key made once, not twice per comparison (that cost more than the batch's SQL).
  const counts = batch.counters
    .map((c) => ({ key: counterSortKey(c), c }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map((k) => k.c);
  return { counts, daily: byKey(daily), placeDay: byKey(places), placeMonth: byKey(months), placeYear: byKey(years) };
}

/** Sum rows into longer periods: the first `length` characters of the period (7: month, 4: year). */
function rollUp(rows: Iterable<PlaceSumRow>, length: number): Map<string, PlaceSumRow> {
  const out = new Map<string, PlaceSumRow>();
  for (const p of rows) {
    const period = p.period.slice(0, length);
    const key = `${period}|${p.locality}|${p.channel}|${p.source}`;
    const acc = out.get(key);
    if (acc) for (const m of PLACE_METRICS) acc.sums[m] += p.sums[m];
    else out.set(key, { ...p, period, sums: { ...p.sums } });
  }
  return out;
}

const counterSortKey = (c: CounterRow) => `${c.locality}|${c.day}|${c.channel}|${c.source}|${c.version}|${c.event}|${c.param}|${c.hour}`;
