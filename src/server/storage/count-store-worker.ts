import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite, type SqliteOptions } from './sqlite-db';
import { SqliteCountStore, type IngestJob } from './sqlite-count-store';

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

const waiting: { id: number; job: IngestJob }[] = [];
let scheduled = false;

function flush(): void {
  scheduled = false;
  while (waiting.length > 0) {
    const group = waiting.splice(0, MAX_GROUP);
    const results = store.ingestMany(group.map((g) => g.job));
    group.forEach((g, i) => {
      const r = results[i]!;
      parentPort!.postMessage(r instanceof Error ? failure(g.id, r) : { id: g.id, result: r });
    });
  }
}

parentPort!.on('message', ({ id, method, args }: { id: number; method: Method; args: unknown[] }) => {
  if (method === 'ingest') {
    const [batch, digest, receivedDay] = args as [IngestJob['batch'], string, string];
    waiting.push({ id, job: { batch, digest, receivedDay } });
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
    return;
  }
  if (waiting.length > 0) flush(); // keep answers in request order: a read sees every earlier write
  const call = (store[method] as (...a: unknown[]) => Promise<unknown>).apply(store, args);
  call.then(
    (result) => parentPort!.postMessage({ id, result }),
    (e: unknown) => parentPort!.postMessage(failure(id, e)),
  );
});
