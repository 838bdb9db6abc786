import type { IngestStatus, WritePlan } from './write-plan';

/** What crosses between WorkerCountStore (worker-count-store.ts) and its thread (count-store-worker.ts). */
export type WorkerMethod =
  | 'dailyTotals'
  | 'eventTotals'
  | 'placeTotals'
  | 'placePage'
  | 'placeDays'
  | 'placeDayCsv'
  | 'localityTotals'
  | 'grandTotal'
  | 'pruneBatches'
  | 'probeWrite'
  | 'close';

/** Batches to write (one id each), or one call of a store method. */
export type WorkerRequest = { ids: number[]; plans: WritePlan[] } | { id: number; method: WorkerMethod; args: unknown[] };

/** The database's message and error code (SQLITE_FULL...): the log and /healthz name it. */
export interface WorkerFailure {
  error: string;
  code?: string;
}

/** A group of batches written (or not): one result per id, in order. */
export interface WriteAnswer {
  ids: number[];
  results: (IngestStatus | WorkerFailure)[];
}

export type WorkerAnswer = WriteAnswer | ({ id: number } & ({ result: unknown } | WorkerFailure));
