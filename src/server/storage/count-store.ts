import type { CountFilter, MetricSums, PlaceRow, PlaceTablePage } from '../../core/counts/dashboard-view';
import type { PlacePage } from './count-sql';
import type { LocalityTotals } from '../../core/counts/daily-report';
import type { CountEvent } from '../../core/counts/vocabulary';
import type { ValidBatch } from '../../core/counts/batch';

/**
 * Where the collector keeps counts. SQLite (sqlite-count-store.ts) is the zero-configuration
 * default; PostgreSQL (postgres-count-store.ts, DATABASE_URL) when several collector instances
 * share one database. Methods are async so either fits; their SQL sits side by side in count-sql.ts
 * (the table by place's active days in active-days-sql.ts).
 *
 * Contract: `ingest` is atomic (all of a batch's counters or none) and idempotent by batch id, also
 * when several instances receive the same batch at once (test/unit/counts/store-contract.test.ts).
 */
export interface CountStore {
  ingest(batch: ValidBatch, digest: string, receivedDay: string): Promise<IngestResult>;
  /**
   * Optional: the same from the body's text, checked (server/counts/batch-text.ts) by the store:
   * the SQLite worker store checks and sums it before its thread, which gets flat rows to write
   * (write-plan.ts). A store without it gets the batch checked by the collector's route.
   */
  ingestText?(text: string, receivedDay: string): Promise<TextIngestResult>;
  /** Sums per day for the given events (param '' = all params summed, listed per param otherwise). */
  dailyTotals(filter: CountFilter, events: readonly CountEvent[]): Promise<DayTotal[]>;
  /** Sums per event and param over the whole range, for the given events. */
  eventTotals(filter: CountFilter, events: readonly CountEvent[]): Promise<EventTotal[]>;
  /** The organizers' table: metric sums per locality, channel and source tag. */
  placeTotals(filter: CountFilter): Promise<PlaceRow[]>;
  /**
   * A page of the same table, in place order, and how many rows the whole table has: the
   * dashboard shows a page at a time (a whole country over a year is tens of thousands of rows).
   */
  placePage(filter: CountFilter, page: PlacePage): Promise<PlaceTablePage>;
  /** The same per day (the daily-report CSV's rows). */
  placeDays(filter: CountFilter): Promise<PlaceDayRow[]>;
  /**
   * The daily-report CSV's lines of placeDays's rows, without its head: UTF-8, each line ending
   * CRLF, written by the database (decision 0041). `share`: counts from 1 to 4 as "<5".
   */
  placeDayCsv(filter: CountFilter, share: boolean): Promise<Uint8Array>;
  /**
   * The daily report (Báo cáo ngày): metric sums per locality over the range, all channels and
   * tags together, only localities with counts. `filter.locality` is the organizer's scope.
   */
  localityTotals(filter: CountFilter): Promise<LocalityTotals[]>;
  /**
   * Forgets the ids of batches received before `beforeDay` (YYYY-MM-DD). Devices drop counters
   * older than their retention, so no batch that old is ever resent; the counts stay.
   */
  pruneBatches(beforeDay: string): Promise<number>;
  /** Everything counted and the number of batches: for tests and the health check. */
  grandTotal(): Promise<{ counts: number; batches: number }>;
  /**
   * Writes one small row (the health check, GET /healthz): resolves when the database takes a
   * write now, rejects with the database's error (disk full, read-only...) otherwise.
   */
  probeWrite(): Promise<void>;
  close(): Promise<void>;
}

/**
 * `added`: counted now; `duplicate`: this batch id was counted before (the device resent it);
 * `conflict`: the id was counted before with different counters (refused, nothing changes).
 */
export type IngestResult = { status: 'added' | 'duplicate' | 'conflict'; counters: number };

/** `ingestText`'s answer: the batch's result and id, or why its text was refused (nothing stored). */
export type TextIngestResult =
  (IngestResult & { batchId: string }) | { status: 'not_json' } | { status: 'invalid_batch'; problems: string[] };

export interface DayTotal {
  day: string;
  event: CountEvent;
  param: string;
  n: number;
}

export interface EventTotal {
  event: CountEvent;
  param: string;
  n: number;
}

export type { CountFilter, LocalityTotals, MetricSums, PlacePage, PlaceRow, PlaceTablePage };

export interface PlaceDayRow extends PlaceRow {
  day: string;
}
