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

/**
 * The worker's entry. Compiled (dist-server/, `npm run build`), this module is inside main.js and the
 * worker is the count-store-worker.js beside it; run from the TypeScript sources (tests, tsx), a
 * small .mjs registers tsx in the worker first, since worker threads do not inherit the loader.
 */
const WORKER_FILE = import.meta.url.endsWith('.ts')
  ? new URL('./count-store-worker-boot.mjs', import.meta.url)
  : new URL('./count-store-worker.js', import.meta.url);

/**
 * The SQLite count store run on a worker thread: the main thread parses and checks requests while
 * the worker writes, so a two-core machine uses both. Still one writer and one transaction per
 * batch. If the worker dies, calls in flight fail (the collector answers 503, devices resend) and
 * the next call starts a new worker.
 */
export class WorkerCountStore implements CountStore {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private next = 0;

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
    worker.on('message', ({ id, result, error, code }: { id: number; result?: unknown; error?: string; code?: string }) => {
      const p = this.pending.get(id);
      this.pending.delete(id);
      // The database's error code (SQLITE_FULL...) crosses the thread too: the log and /healthz name it.
      if (error !== undefined) p?.reject(Object.assign(new Error(error), code ? { code } : {}));
      else p?.resolve(result);
    });
    const fail = (why: string) => {
      if (this.worker === worker) this.worker = null;
      for (const p of this.pending.values()) p.reject(new Error(why));
      this.pending.clear();
    };
    worker.on('error', (e) => fail(`count store worker failed: ${e.message}`));
    worker.on('exit', (code) => fail(`count store worker exited (${code})`));
    return worker;
  }

  private call<T>(method: string, ...args: unknown[]): Promise<T> {
    this.worker ??= this.start();
    const id = this.next++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker!.postMessage({ id, method, args });
    });
  }

  ingest(batch: ValidBatch, digest: string, receivedDay: string): Promise<IngestResult> {
    return this.call('ingest', batch, digest, receivedDay);
  }
  /** The body's text crosses the thread (a string copy) and is parsed and checked in the worker. */
  ingestText(text: string, receivedDay: string): Promise<TextIngestResult> {
    return this.call('ingestText', text, receivedDay);
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
