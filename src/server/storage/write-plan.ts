import type { ValidBatch } from '../../core/counts/batch';
import { PLACE_METRICS } from '../../core/counts/metrics';
import { sumBatch, type PlaceSumRow } from './batch-sums';
import type { IngestResult } from './count-store';

export type IngestStatus = IngestResult['status'];

/**
 * Rows of one table, flat, in the column order of SQLITE_INGEST (count-sql.ts). A text equal to
 * the one above it (same column, previous row) is left out as `null`: a batch's 50 counters repeat
 * their day, place, channel, source and version, and the structured clone to the worker writes
 * (and the worker then allocates) every string again, with no sharing. `fillInRepeats` puts them back.
 */
export type PlanRows = (string | number | null)[];

/**
 * A checked batch as the SQLite worker writes it: its id row, then the values of every row it adds
 * to each table. Made on the thread that received the batch, so the worker only writes; flat arrays
 * of strings and numbers cross the thread far cheaper than 50 objects (the structured clone writes
 * every object's keys again).
 */
export interface WritePlan {
  batchId: string;
  digest: string;
  counters: number;
  receivedDay: string;
  /** COUNT_KEY, n: 9 values a row. */
  counts: PlanRows;
  /** DAILY_KEY, n: 6 values a row. */
  daily: PlanRows;
  /** period, locality, channel, source, then PLACE_METRICS: 4 + M a row. */
  placeDay: PlanRows;
  placeMonth: PlanRows;
  /** The same, then the 12 months' active days: 4 + M + 12 a row. */
  placeYear: PlanRows;
}

export const ROW_WIDTH = {
  counts: 9,
  daily: 6,
  place: 4 + PLACE_METRICS.length,
  placeYear: 4 + PLACE_METRICS.length + 12,
} as const;

export function planBatch(batch: ValidBatch, digest: string, receivedDay: string): WritePlan {
  const sums = sumBatch(batch, false); // SQLite: one writer, no lock order to keep
  const counts: PlanRows = [];
  for (const c of sums.counts) counts.push(c.locality, c.day, c.channel, c.source, c.version, c.event, c.param, c.hour, c.n);
  const daily: PlanRows = [];
  for (const d of sums.daily) daily.push(d.day, d.province, d.channel, d.event, d.param, d.n);
  return {
    batchId: batch.batchId,
    digest,
    counters: batch.counters.length,
    receivedDay,
    counts: leaveOutRepeats(counts, ROW_WIDTH.counts),
    daily: leaveOutRepeats(daily, ROW_WIDTH.daily),
    placeDay: leaveOutRepeats(placeValues(sums.placeDay), ROW_WIDTH.place),
    placeMonth: leaveOutRepeats(placeValues(sums.placeMonth), ROW_WIDTH.place),
    placeYear: leaveOutRepeats(placeValues(sums.placeYear), ROW_WIDTH.placeYear),
  };
}

/**
 * Each text equal to the one a row above (same column) becomes `null`, in place; numbers stay.
 * From the last row up, so each comparison sees the row above as it was (decision 0046).
 */
export function leaveOutRepeats(rows: PlanRows, width: number): PlanRows {
  for (let i = rows.length - 1; i >= width; i--) if (typeof rows[i] === 'string' && rows[i] === rows[i - width]) rows[i] = null;
  return rows;
}

/**
 * The values as the statements bind them: each `null` the text above it, in place. Safe to run
 * again on the same rows (a group that failed is retried one batch at a time).
 */
export function fillInRepeats(rows: PlanRows, width: number): (string | number)[] {
  for (let i = width; i < rows.length; i++) if (rows[i] === null) rows[i] = rows[i - width]!;
  return rows as (string | number)[];
}

function placeValues(rows: readonly PlaceSumRow[]): PlanRows {
  const out: PlanRows = [];
  for (const p of rows) {
    out.push(p.period, p.locality, p.channel, p.source);
    for (const m of PLACE_METRICS) out.push(p.sums[m]);
    if (p.active) out.push(...p.active);
  }
  return out;
}
