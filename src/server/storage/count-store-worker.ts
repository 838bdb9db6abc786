import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite, type SqliteOptions } from './sqlite-db';
import { SqliteCountStore } from './sqlite-count-store';
import type { WritePlan } from './write-plan';
import type { WorkerAnswer, WorkerFailure, WorkerRequest, WriteAnswer } from './worker-messages';

/**
 * The SQLite count store on its own thread (see worker-count-store.ts). Batches come checked and
 * summed, as write plans, several to a message; they are written together in one transaction
 * (group commit: one WAL append and one lock for all of them, most of the cost of a small batch),
 * and answered in one message after that transaction commits: a batch is acknowledged only once
 * it is durable (decision 0040). Other calls come as {id, method, args}.
 */
const { dataDir, options } = workerData as { dataDir: string; options: SqliteOptions };
const store = new SqliteCountStore(openSqlite(dataDir, options));
const failure = (e: unknown): WorkerFailure => ({
  error: e instanceof Error ? e.message : String(e),
  code: (e as { code?: unknown } | null)?.code as string | undefined,
});
const MAX_GROUP = 128;

const waitingIds: number[] = [];
const waitingPlans: WritePlan[] = [];
let scheduled = false;

function flush(): void {
  scheduled = false;
  while (waitingPlans.length > 0) {
    const ids = waitingIds.splice(0, MAX_GROUP);
    const results = store.writeMany(waitingPlans.splice(0, MAX_GROUP)).map((r) => (r instanceof Error ? failure(r) : r));
    parentPort!.postMessage({ ids, results } satisfies WriteAnswer);
  }
}

/**
 * Bytes in a buffer of their own (the CSV's lines) move to the main thread instead of being copied;
 * a view into a buffer shared with other values (Node's pool) is copied as before.
 */
function movable(result: unknown): ArrayBuffer[] {
  if (!(result instanceof Uint8Array) || !(result.buffer instanceof ArrayBuffer)) return [];
  return result.byteOffset === 0 && result.byteLength === result.buffer.byteLength ? [result.buffer] : [];
}

parentPort!.on('message', (m: WorkerRequest) => {
  if ('plans' in m) {
    waitingIds.push(...m.ids);
    waitingPlans.push(...m.plans);
    if (!scheduled) {
      scheduled = true;
      // Messages that arrived together are all handled before this runs: they share a transaction.
      setImmediate(flush);
    }
    return;
  }
  if (waitingPlans.length > 0) flush(); // keep answers in request order: a read sees every earlier write
  const { id, method, args } = m;
  const call = (store[method] as (...a: unknown[]) => Promise<unknown>).apply(store, args);
  call.then(
    (result) => parentPort!.postMessage({ id, result } satisfies WorkerAnswer, movable(result)),
    (e: unknown) => parentPort!.postMessage({ id, ...failure(e) } satisfies WorkerAnswer),
  );
});
