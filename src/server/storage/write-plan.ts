import type { ValidBatch } from '../../core/counts/batch';
import { PLACE_METRICS } from '../../core/counts/metrics';
import { sumBatch, type PlaceSumRow } from './batch-sums';
import type { IngestResult } from './count-store';

export type IngestStatus = IngestResult['status'];

/**
 * A checked batch as the SQLite worker writes it: its id row, then the values of every row it adds
 * to each table, flat, in the column order of SQLITE_INGEST (count-sql.ts). Made on the thread that
 * received the batch, so the worker only writes; flat arrays of strings and numbers cross the thread
 * far cheaper than 50 objects (the structured clone writes every object's keys again).
 */
export interface WritePlan {
  batchId: string;
  digest: string;
  counters: number;
  receivedDay: string;
  /** COUNT_KEY, n: 9 values a row. */
  counts: (string | number)[];
  /** DAILY_KEY, n: 6 values a row. */
  daily: (string | number)[];
  /** period, locality, channel, source, then PLACE_METRICS: 4 + M a row. */
  placeDay: (string | number)[];
  placeMonth: (string | number)[];
  /** The same, then the 12 months' active days: 4 + M + 12 a row. */
  placeYear: (string | number)[];
}

export const ROW_WIDTH = {
  counts: 9,
  daily: 6,
  place: 4 + PLACE_METRICS.length,
  placeYear: 4 + PLACE_METRICS.length + 12,
} as const;

export function planBatch(batch: ValidBatch, digest: string, receivedDay: string): WritePlan {
  const sums = sumBatch(batch, false); // SQLite: one writer, no lock order to keep
  const counts: (string | number)[] = [];
  for (const c of sums.counts) counts.push(c.locality, c.day, c.channel, c.source, c.version, c.event, c.param, c.hour, c.n);
  const daily: (string | number)[] = [];
  for (const d of sums.daily) daily.push(d.day, d.province, d.channel, d.event, d.param, d.n);
  return {
    batchId: batch.batchId,
    digest,
    counters: batch.counters.length,
    receivedDay,
    counts,
    daily,
    placeDay: placeValues(sums.placeDay),
    placeMonth: placeValues(sums.placeMonth),
    placeYear: placeValues(sums.placeYear),
  };
}

function placeValues(rows: readonly PlaceSumRow[]): (string | number)[] {
  const out: (string | number)[] = [];
  for (const p of rows) {
    out.push(p.period, p.locality, p.channel, p.source);
    for (const m of PLACE_METRICS) out.push(p.sums[m]);
    if (p.active) out.push(...p.active);
  }
  return out;
}
