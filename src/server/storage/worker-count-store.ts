import { Worker } from 'node:worker_threads';
import type { ValidBatch } from '../../core/counts/batch';
import type { CountEvent } from '../../core/counts/vocabulary';
import type {
  CountFilter,
  CountStore,
  DayTotal,
  EventTotal,
  IngestResult,
  TextIngestResult,
  LocalityTotals,
  PlaceDayRow,
  PlacePage,
  PlaceRow,
  PlaceTablePage,
} from './count-store';
import type { SqliteOptions } from './sqlite-db';
import { checkBatchText } from '../counts/batch-text';
import { planBatch, type IngestStatus, type WritePlan } from './write-plan';
import type { WorkerAnswer, WorkerFailure, WorkerMethod, WorkerRequest } from './worker-messages';

/**
 * The worker's entry. Compiled (dist-server/, `npm run build`), this module is inside main.js and the
 * worker is the count-store-worker.js beside it; run from the TypeScript sources (tests, tsx), a
 * small .mjs registers tsx in the worker first, since worker threads do not inherit the loader.
 */
const WORKER_FILE = import.meta.url.endsWith('.ts')
  ? new URL('./count-store-worker-boot.mjs', import.meta.url)
  : new URL('./count-store-worker.js', import.meta.url);

/**
 * The SQLite count store run on a worker thread: the main thread reads, parses and checks each
 * batch and sums it into rows (a write plan, write-plan.ts) while the worker writes, so a two-core
 * machine uses both. The plans of batches received together go over in one message and are
 * written in one transaction (group commit); each is still all or nothing, counted once. If the
 * worker dies, calls in flight fail (the collector answers 503, devices resend) and the next call
 * starts a new worker.
 */
export class WorkerCountStore implements CountStore {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private next = 0;
  /** Plans not yet posted: sent together once this turn of the event loop has read its requests. */
  private outIds: number[] = [];
  private outPlans: WritePlan[] = [];

  constructor(
    private readonly dataDir: string,
    private readonly options: SqliteOptions = {},
  ) {
    // Started at boot: the first batch after a start does not wait for the worker to load.
    this.worker = this.start();
  }

  private start(): Worker {
    const worker = new Worker(WORKER_FILE, {
      workerData: { dataDir: this.dataDir, options: this.options },
    });
    worker.on('message', (m: WorkerAnswer) => {
      if ('ids' in m) {
        m.ids.forEach((id, i) => this.settle(id, m.results[i]!));
        return;
      }
      if ('error' in m) this.settle(m.id, m);
      else this.settle(m.id, { result: m.result });
    });
    const fail = (why: string) => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.reject(new Error(why));
      this.pending.clear();
      // Refused already: not written later by the next worker.
      this.outIds = [];
      this.outPlans = [];
    };
    worker.on('error', (e) => fail(`count store worker failed: ${e.message}`));
    worker.on('exit', (code) => fail(`count store worker exited (${code})`));
    return worker;
  }

  private settle(id: number, answer: IngestStatus | WorkerFailure | { result: unknown }): void {
    const p = this.pending.get(id);
    this.pending.delete(id);
    if (typeof answer === 'string') p?.resolve(answer);
    // The database's error code (SQLITE_FULL...) crosses the thread too: the log and /healthz name it.
    else if ('error' in answer) p?.reject(Object.assign(new Error(answer.error), answer.code ? { code: answer.code } : {}));
    else p?.resolve(answer.result);
  }

  private call<T>(method: WorkerMethod, ...args: unknown[]): Promise<T> {
    this.post(); // writes first: a read answers after every batch sent before it
    this.worker ??= this.start();
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker!.postMessage({ id, method, args } satisfies WorkerRequest);
    });
  }

  private write(plan: WritePlan): Promise<IngestStatus> {
    const id = this.next++;
    if (this.outPlans.length === 0) setImmediate(() => this.post());
    this.outIds.push(id);
    this.outPlans.push(plan);
    return new Promise<IngestStatus>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    });
  }

  private post(): void {
    if (this.outPlans.length === 0) return;
    this.worker ??= this.start();
    this.worker.postMessage({ ids: this.outIds, plans: this.outPlans } satisfies WorkerRequest);
    this.outIds = [];
    this.outPlans = [];
  }

  async ingest(batch: ValidBatch, digest: string, receivedDay: string): Promise<IngestResult> {
    return { status: await this.write(planBatch(batch, digest, receivedDay)), counters: batch.counters.length };
  }
  /** Parsed, checked and summed on this thread (batch-text.ts): a refused text never reaches the worker. */
  async ingestText(text: string, receivedDay: string): Promise<TextIngestResult> {
    const check = checkBatchText(text, receivedDay);
    if (!check.ok) return check.error === 'not_json' ? { status: 'not_json' } : { status: check.error, problems: check.problems };
    return { ...(await this.ingest(check.batch, check.digest, receivedDay)), batchId: check.batch.batchId };
  }
  dailyTotals(filter: CountFilter, events: readonly CountEvent[]): Promise<DayTotal[]> {
    return this.call('dailyTotals', filter, events);
  }
  eventTotals(filter: CountFilter, events: readonly CountEvent[]): Promise<EventTotal[]> {
    return this.call('eventTotals', filter, events);
  }
  placeTotals(filter: CountFilter): Promise<PlaceRow[]> {
    return this.call('placeTotals', filter);
  }
  placePage(filter: CountFilter, page: PlacePage): Promise<PlaceTablePage> {
    return this.call('placePage', filter, page);
  }
  placeDays(filter: CountFilter): Promise<PlaceDayRow[]> {
    return this.call('placeDays', filter);
  }
  /** The bytes come over without a copy (moved, see count-store-worker.ts). */
  placeDayCsv(filter: CountFilter, share: boolean): Promise<Uint8Array> {
    return this.call('placeDayCsv', filter, share);
  }
  localityTotals(filter: CountFilter): Promise<LocalityTotals[]> {
    return this.call('localityTotals', filter);
  }
  pruneBatches(beforeDay: string): Promise<number> {
    return this.call('pruneBatches', beforeDay);
  }
  grandTotal(): Promise<{ counts: number; batches: number }> {
    return this.call('grandTotal');
  }
  probeWrite(): Promise<void> {
    return this.call('probeWrite');
  }
  async close(): Promise<void> {
    if (!this.worker) return;
    const worker = this.worker;
    await this.call('close');
    this.worker = null;
    await worker.terminate();
  }
}
