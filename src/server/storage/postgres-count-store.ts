import type { ValidBatch } from '../../core/counts/batch';
import { PLACE_METRICS, clampMetricsInPlace } from '../../core/counts/metrics';
import type { CountEvent } from '../../core/counts/vocabulary';
import { sumBatch, type PlaceSumRow } from './batch-sums';
import {
  GRAND_TOTAL,
  HEALTH_PROBE,
  POSTGRES_INGEST,
  byEventQuery,
  localityTotalsQuery,
  placeDaysQuery,
  placeTotalsQuery,
  rebuildSumsSql,
  toPostgres,
  type PlacePage,
  type Query,
} from './count-sql';
import { isOnePeriod, localityPlaceSumsQuery, presentPlacesQuery } from './active-days-sql';
import { placeDayCsvQuery } from './place-day-csv-sql';
import { localitiesOf, pageOf, withSums, type PagedRow, type PresentPlace } from './place-page';
import type {
  CountFilter,
  CountStore,
  DayTotal,
  EventTotal,
  IngestResult,
  LocalityTotals,
  PlaceDayRow,
  PlaceRow,
  PlaceTablePage,
} from './count-store';
import { inTransaction, type PgPool } from './postgres-db';

/** Deadlock or serialization failure: PostgreSQL rolled the statement back whole; trying again is safe. */
const RETRYABLE = new Set(['40P01', '40001']);

const placeArrays = (rows: readonly PlaceSumRow[]): unknown[] => [
  rows.map((r) => r.period),
  rows.map((r) => r.locality),
  rows.map((r) => r.channel),
  rows.map((r) => r.source),
  ...PLACE_METRICS.map((m) => rows.map((r) => r.sums[m])),
];
/** place_year's rows: the sums, then the active days per month (ACTIVE_COLUMNS). */
const yearArrays = (rows: readonly PlaceSumRow[]): unknown[] => [
  ...placeArrays(rows),
  ...Array.from({ length: 12 }, (_, i) => rows.map((r) => r.active![i]!)),
];

/**
 * The PostgreSQL CountStore, shared by every collector instance. A batch is one statement (see
 * POSTGRES_INGEST in count-sql.ts): atomic, exactly once across instances, and its running sums
 * added under row locks, so no update is lost however many instances write at once.
 */
export class PostgresCountStore implements CountStore {
  constructor(
    private readonly pool: PgPool,
    private readonly ownsPool = true,
  ) {}

  async ingest(batch: ValidBatch, digest: string, receivedDay: string): Promise<IngestResult> {
    const counters = batch.counters.length;
    const s = sumBatch(batch);
    const c = s.counts;
    const d = s.daily;
    const args = [
      batch.batchId,
      digest,
      counters,
      receivedDay,
      c.map((r) => r.locality),
      c.map((r) => r.day),
      c.map((r) => r.channel),
      c.map((r) => r.source),
      c.map((r) => r.version),
      c.map((r) => r.event),
      c.map((r) => r.param),
      c.map((r) => r.hour),
      c.map((r) => r.n),
      d.map((r) => r.day),
      d.map((r) => r.province),
      d.map((r) => r.channel),
      d.map((r) => r.event),
      d.map((r) => r.param),
      d.map((r) => r.n),
      ...placeArrays(s.placeDay),
      ...placeArrays(s.placeMonth),
      ...yearArrays(s.placeYear),
    ];
    for (let attempt = 1; ; attempt++) {
      try {
        const { rows } = await this.pool.query<{ added: number }>({ name: 'ingest-batch', text: POSTGRES_INGEST.batch, values: args });
        if (rows[0]!.added === 1) return { status: 'added', counters };
        break;
      } catch (e) {
        if (attempt < 5 && RETRYABLE.has((e as { code?: string }).code ?? '')) continue;
        throw e;
      }
    }
    const seen = await this.pool.query<{ digest: string }>(POSTGRES_INGEST.digestOf, [batch.batchId]);
    return { status: seen.rows[0]?.digest === digest ? 'duplicate' : 'conflict', counters };
  }

  async pruneBatches(beforeDay: string): Promise<number> {
    return (await this.pool.query(POSTGRES_INGEST.pruneBatches, [beforeDay])).rowCount ?? 0;
  }

  dailyTotals(filter: CountFilter, events: readonly CountEvent[]): Promise<DayTotal[]> {
    return this.all<DayTotal>(byEventQuery(filter, events, true));
  }

  eventTotals(filter: CountFilter, events: readonly CountEvent[]): Promise<EventTotal[]> {
    return this.all<EventTotal>(byEventQuery(filter, events, false));
  }

  async placeTotals(filter: CountFilter): Promise<PlaceRow[]> {
    return (await this.all<PlaceRow>(placeTotalsQuery(filter))).map(clampMetricsInPlace);
  }

  async placePage(filter: CountFilter, page: PlacePage): Promise<PlaceTablePage> {
    const head = { limit: 1, offset: 0 };
    if (isOnePeriod(filter)) {
      const first = await this.all<PagedRow>(placeTotalsQuery(filter, page));
      const total = first.length || page.offset === 0 ? [] : await this.all<PagedRow>(placeTotalsQuery(filter, head));
      return pageOf(first, page, () => total);
    }
    // The page's places (from the active days), then the sums of their localities only, from one
    // snapshot. Without parallel workers: the page's few thousand rows are read in milliseconds,
    // and starting workers on a busy machine took ~400 ms of a 460 ms answer (bench/scale.ts dashboard-pg).
    return inTransaction(this.pool, async (client) => {
      await client.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      await client.query('SET LOCAL max_parallel_workers_per_gather = 0');
      const all = async <T>(q: Query | null): Promise<T[]> => (q ? ((await client.query(toPostgres(q.sql), q.args)).rows as T[]) : []);
      const present = await all<PresentPlace>(presentPlacesQuery(filter, page));
      const sums = await all<PlaceRow>(localityPlaceSumsQuery(filter, localitiesOf(present)));
      const total = present.length || page.offset === 0 ? [] : await all<PresentPlace>(presentPlacesQuery(filter, head));
      return pageOf(withSums(present, sums), page, () => total);
    });
  }

  async placeDays(filter: CountFilter): Promise<PlaceDayRow[]> {
    return (await this.all<PlaceDayRow>(placeDaysQuery(filter))).map(clampMetricsInPlace);
  }

  async placeDayCsv(filter: CountFilter, share: boolean): Promise<Uint8Array> {
    const q = placeDayCsvQuery(filter, share);
    const { rows } = await this.pool.query<{ csv: string | null }>(toPostgres(q.sql), q.args);
    return Buffer.from(rows[0]?.csv ?? '');
  }

  async localityTotals(filter: CountFilter): Promise<LocalityTotals[]> {
    return (await this.all<LocalityTotals>(localityTotalsQuery(filter))).map(clampMetricsInPlace);
  }

  /** Recomputes the running sums from the counters in one transaction (as SqliteCountStore.rebuildSums). */
  async rebuildSums(): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      // Writers wait until the sums are whole again, rather than add to rows about to be replaced.
      await client.query('LOCK TABLE daily, place_day, place_month, place_year IN EXCLUSIVE MODE');
      const pairs = (await client.query<{ event: CountEvent; param: string }>('SELECT DISTINCT event, param FROM counts')).rows;
      for (const sql of rebuildSumsSql(pairs)) await client.query(sql);
    });
  }

  async grandTotal(): Promise<{ counts: number; batches: number }> {
    const [counts, batches] = await Promise.all([this.pool.query(GRAND_TOTAL.counts), this.pool.query(GRAND_TOTAL.batches)]);
    return { counts: counts.rows[0].n, batches: batches.rows[0].n };
  }

  async probeWrite(): Promise<void> {
    await this.pool.query(toPostgres(HEALTH_PROBE), [new Date().toISOString()]);
  }

  async close(): Promise<void> {
    if (this.ownsPool) await this.pool.end();
  }

  private async all<T>(q: Query | null): Promise<T[]> {
    if (!q) return [];
    return (await this.pool.query(toPostgres(q.sql), q.args)).rows as T[];
  }
}
