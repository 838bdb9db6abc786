import { parentPort, workerData } from 'node:worker_threads';
import { openSqlite, type SqliteOptions } from './sqlite-db';
import { SqliteCountStore } from './sqlite-count-store';

/**
 * The SQLite count store on its own thread (see worker-count-store.ts): requests come as
 * {id, method, args}, answers go back as {id, result} or {id, error}.
 */
const { dataDir, options } = workerData as { dataDir: string; options: SqliteOptions };
const store = new SqliteCountStore(openSqlite(dataDir, options));
type Method = 'ingest' | 'dailyTotals' | 'eventTotals' | 'placeTotals' | 'placeDays' | 'localityTotals' | 'grandTotal' | 'close';

parentPort!.on('message', ({ id, method, args }: { id: number; method: Method; args: unknown[] }) => {
  const call = (store[method] as (...a: unknown[]) => Promise<unknown>).apply(store, args);
  call.then(
    (result) => parentPort!.postMessage({ id, result }),
    (e: unknown) => parentPort!.postMessage({ id, error: e instanceof Error ? e.message : String(e) }),
  );
});
