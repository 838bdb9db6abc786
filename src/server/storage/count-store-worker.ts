import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite, type SqliteOptions } from './sqlite-db';
import { SqliteCountStore, type IngestJob } from './sqlite-count-store';
import { checkBatchText } from '../counts/batch-text';

/**
 * The SQLite count store on its own thread (see worker-count-store.ts): requests come as
 * {id, method, args}, answers go back as {id, result} or {id, error}. Batches that arrive while
 * one is being written are written together in one transaction (group commit): one WAL append and
 * one lock for all of them, which is most of the cost of a small batch.
 */
const { dataDir, options } = workerData as { dataDir: string; options: SqliteOptions };
const store = new SqliteCountStore(openSqlite(dataDir, options));
type Method =
  | 'ingest'
  | 'ingestText'
  | 'dailyTotals'
  | 'eventTotals'
  | 'placeTotals'
  | 'placePage'
  | 'placeDays'
  | 'localityTotals'
  | 'grandTotal'
  | 'pruneBatches'
  | 'probeWrite'
  | 'close';
const failure = (id: number, e: unknown) => ({
  id,
  error: e instanceof Error ? e.message : String(e),
  code: (e as { code?: unknown } | null)?.code,
});
const MAX_GROUP = 64;

/** `fromText`: the answer names the batch id (ingestText's), which the route did not parse. */
const waiting: { id: number; job: IngestJob; fromText: boolean }[] = [];
let scheduled = false;

function flush(): void {
  scheduled = false;
  while (waiting.length > 0) {
    const group = waiting.splice(0, MAX_GROUP);
    const results = store.ingestMany(group.map((g) => g.job));
    group.forEach((g, i) => {
      const r = results[i]!;
      const result = r instanceof Error || !g.fromText ? r : { ...r, batchId: g.job.batch.batchId };
      parentPort!.postMessage(result instanceof Error ? failure(g.id, result) : { id: g.id, result });
    });
  }
}

function enqueue(id: number, job: IngestJob, fromText: boolean): void {
  waiting.push({ id, job, fromText });
  if (!scheduled) {
    scheduled = true;
    setImmediate(flush);
  }
}

parentPort!.on('message', ({ id, method, args }: { id: number; method: Method; args: unknown[] }) => {
  if (method === 'ingest') {
    const [batch, digest, receivedDay] = args as [IngestJob['batch'], string, string];
    enqueue(id, { batch, digest, receivedDay }, false);
    return;
  }
  if (method === 'ingestText') {
    // Parsed and checked here, on the writer's thread: a refused text is answered at once, stores nothing.
    const [text, receivedDay] = args as [string, string];
    const check = checkBatchText(text, receivedDay);
    if (!check.ok)
      parentPort!.postMessage({
        id,
        result: check.error === 'not_json' ? { status: 'not_json' } : { status: check.error, problems: check.problems },
      });
    else enqueue(id, { batch: check.batch, digest: check.digest, receivedDay }, true);
    return;
  }
  if (waiting.length > 0) flush(); // keep answers in request order: a read sees every earlier write
  const call = (store[method] as (...a: unknown[]) => Promise<unknown>).apply(store, args);
  call.then(
    (result) => parentPort!.postMessage({ id, result }),
    (e: unknown) => parentPort!.postMessage(failure(id, e)),
  );
});
