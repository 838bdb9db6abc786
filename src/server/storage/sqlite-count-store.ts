import { counterKey, type CounterRow, type ValidBatch } from '../../core/counts/batch';
import { clampMetricsInPlace } from '../../core/counts/metrics';
import type { CountEvent } from '../../core/counts/vocabulary';
import type { SqliteDb } from './sqlite-db';
import { DAILY_EVENTS } from './batch-sums';
import { RowUpsert } from './sqlite-rows';
import { ROW_WIDTH, fillInRepeats, planBatch, type IngestStatus, type WritePlan } from './write-plan';
import { WalRecovery } from './sqlite-wal';
import {
  GRAND_TOTAL,
  HEALTH_PROBE,
  SQLITE_INGEST,
  byEventQuery,
  localityTotalsQuery,
  placeDaysQuery,
  placeTotalsQuery,
  rebuildSumsSql,
  type PlacePage,
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

export { DAILY_EVENTS };

/**
 * Recomputes the running sums from the counters, in one transaction: after a change to the
 * metrics (PLACE_METRICS, see sqlite-db.ts's upgrade), a repair, or a bulk import into `counts`.
 */
export function rebuildSums(db: SqliteDb): void {
  db.transaction(() => {
    const pairs = db.prepare('SELECT DISTINCT event, param FROM counts').all() as { event: CountEvent; param: string }[];
    for (const sql of rebuildSumsSql(pairs)) db.exec(sql);
  }).immediate();
}

/** The SQLite CountStore: one transaction per batch (better-sqlite3 is synchronous, so no interleaving). */
export class SqliteCountStore implements CountStore {
  private readonly one: (plan: WritePlan) => IngestStatus;
  private readonly many: (plans: readonly WritePlan[]) => IngestStatus[];
  private readonly wal: WalRecovery;

  constructor(private readonly db: SqliteDb) {
    this.wal = new WalRecovery(db);
    const remember = db.prepare(SQLITE_INGEST.rememberBatch);
    const digestOf = db.prepare<[string], { digest: string }>(SQLITE_INGEST.digestOf);
    const addCounts = new RowUpsert(db, SQLITE_INGEST.addCount, ROW_WIDTH.counts);
    const addDaily = new RowUpsert(db, SQLITE_INGEST.addDaily, ROW_WIDTH.daily);
    const addPlaceDay = new RowUpsert(db, SQLITE_INGEST.addPlace('place_day', 'day'), ROW_WIDTH.place);
    const addPlaceMonth = new RowUpsert(db, SQLITE_INGEST.addPlace('place_month', 'month'), ROW_WIDTH.place);
    const addPlaceYear = new RowUpsert(db, SQLITE_INGEST.addPlaceYear, ROW_WIDTH.placeYear);

    const write = (p: WritePlan): IngestStatus => {
      if (remember.run(p.batchId, p.digest, p.counters, p.receivedDay).changes === 0)
        return digestOf.get(p.batchId)?.digest === p.digest ? 'duplicate' : 'conflict';
      addCounts.run(fillInRepeats(p.counts, ROW_WIDTH.counts));
      addDaily.run(fillInRepeats(p.daily, ROW_WIDTH.daily));
      addPlaceDay.run(fillInRepeats(p.placeDay, ROW_WIDTH.place));
      addPlaceMonth.run(fillInRepeats(p.placeMonth, ROW_WIDTH.place));
      addPlaceYear.run(fillInRepeats(p.placeYear, ROW_WIDTH.placeYear));
      return 'added';
    };
    // IMMEDIATE: take the write lock at the start, so a concurrent writer waits instead of failing.
    this.one = db.transaction(write).immediate;
    // Several batches in one transaction: one commit (and WAL append) for all of them. A batch is
    // still all or nothing: the group commits or rolls back whole, and the caller retries one by one.
    this.many = db.transaction((plans: readonly WritePlan[]) => plans.map(write)).immediate;
  }

  ingest(batch: ValidBatch, digest: string, receivedDay: string): Promise<IngestResult> {
    const plan = planBatch(batch, digest, receivedDay);
    return this.sync(() => ({ status: this.write(() => this.one(plan)), counters: plan.counters }));
  }

  /** Every write: after a disk problem, first try to give the WAL's space back (sqlite-wal.ts). */
  private write<T>(fn: () => T): T {
    this.wal.beforeWrite();
    try {
      return fn();
    } catch (e) {
      this.wal.noteFailure(e);
      throw e;
    }
  }

  /** The health check's write (GET /healthz): one row rewritten; throws the database's error. */
  probeWrite(): Promise<void> {
    return this.sync(() => void this.write(() => this.db.prepare(HEALTH_PROBE).run(new Date().toISOString())));
  }

  /**
   * Writes waiting batches in one transaction (the worker's group commit). If the group fails,
   * each batch is tried alone, so one bad batch cannot fail the others.
   */
  writeMany(plans: readonly WritePlan[]): (IngestStatus | Error)[] {
    if (plans.length === 1) return [this.tryOne(plans[0]!)];
    try {
      return this.write(() => this.many(plans));
    } catch {
      return plans.map((p) => this.tryOne(p));
    }
  }

  private tryOne(plan: WritePlan): IngestStatus | Error {
    try {
      return this.write(() => this.one(plan));
    } catch (e) {
      return e instanceof Error ? e : new Error(String(e));
    }
  }

  /** Forgets batch ids received before `day`: devices never resend a batch older than their retention. */
  pruneBatches(beforeDay: string): Promise<number> {
    return this.sync(() => this.db.prepare(SQLITE_INGEST.pruneBatches).run(beforeDay).changes);
  }

  dailyTotals(filter: CountFilter, events: readonly CountEvent[]): Promise<DayTotal[]> {
    return this.sync(() => this.all(byEventQuery(filter, events, true)) as DayTotal[]);
  }

  eventTotals(filter: CountFilter, events: readonly CountEvent[]): Promise<EventTotal[]> {
    return this.sync(() => this.all(byEventQuery(filter, events, false)) as EventTotal[]);
  }

  placeTotals(filter: CountFilter): Promise<PlaceRow[]> {
    return this.sync(() => (this.all(placeTotalsQuery(filter)) as PlaceRow[]).map(clampMetricsInPlace));
  }

  placePage(filter: CountFilter, page: PlacePage): Promise<PlaceTablePage> {
    const first = { limit: 1, offset: 0 };
    if (isOnePeriod(filter))
      return this.sync(() =>
        pageOf(this.all(placeTotalsQuery(filter, page)) as PagedRow[], page, () => this.all(placeTotalsQuery(filter, first)) as PagedRow[]),
      );
    // The page's places, then their sums, from one snapshot (a read transaction).
    return this.sync(() =>
      this.db.transaction(() => {
        const present = this.all(presentPlacesQuery(filter, page)) as PresentPlace[];
        const sums = this.all(localityPlaceSumsQuery(filter, localitiesOf(present))) as PlaceRow[];
        return pageOf(withSums(present, sums), page, () => this.all(presentPlacesQuery(filter, first)) as PresentPlace[]);
      })(),
    );
  }

  placeDays(filter: CountFilter): Promise<PlaceDayRow[]> {
    return this.sync(() => (this.all(placeDaysQuery(filter)) as PlaceDayRow[]).map(clampMetricsInPlace));
  }

  placeDayCsv(filter: CountFilter, share: boolean): Promise<Uint8Array> {
    return this.sync(() => {
      const q = placeDayCsvQuery(filter, share);
      // As a BLOB: the text's UTF-8 bytes as SQLite holds them, never a JavaScript string.
      const csv = this.db
        .prepare(`SELECT CAST((${q.sql}) AS BLOB)`)
        .pluck()
        .get(...q.args) as Buffer | null;
      return csv ?? new Uint8Array(0);
    });
  }

  localityTotals(filter: CountFilter): Promise<LocalityTotals[]> {
    return this.sync(() => (this.all(localityTotalsQuery(filter)) as LocalityTotals[]).map(clampMetricsInPlace));
  }

  private all(q: { sql: string; args: unknown[] } | null): unknown[] {
    return q ? this.db.prepare(q.sql).all(...q.args) : [];
  }

  grandTotal(): Promise<{ counts: number; batches: number }> {
    return this.sync(() => {
      const counts = this.db.prepare(GRAND_TOTAL.counts).get() as { n: number };
      const batches = this.db.prepare(GRAND_TOTAL.batches).get() as { n: number };
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
