import type { OrganizerStore } from '../auth/organizer-store';
import type { ServerFeature } from '../feature';
import type { CountStore } from './count-store';
import { defaultDataDir, openSqlite, type SqliteOptions } from './sqlite-db';
import { SqliteCountStore } from './sqlite-count-store';
import { SqliteOrganizerStore } from './sqlite-organizer-store';
import { WorkerCountStore } from './worker-count-store';

export interface Storage {
  counts: CountStore;
  organizers: OrganizerStore;
  close(): Promise<void>;
}

/**
 * The server's storage: SQLite in `dataDir` (DATA_DIR, default ./data). A PostgreSQL storage
 * would be chosen here (e.g. from DATABASE_URL) and implement the same two interfaces.
 */
export function openStorage(dataDir: string = defaultDataDir(), options: StorageOptions = {}): Storage {
  const db = openSqlite(dataDir, options); // creates the schema before a worker opens the file
  if (!options.worker || dataDir === ':memory:') {
    const counts = new SqliteCountStore(db);
    return { counts, organizers: new SqliteOrganizerStore(db), close: () => counts.close() };
  }
  const counts = new WorkerCountStore(dataDir, options);
  return {
    counts,
    organizers: new SqliteOrganizerStore(db),
    close: async () => {
      await counts.close();
      db.close();
    },
  };
}

export interface StorageOptions extends SqliteOptions {
  /** Counts written on a worker thread (the server's default): ingest uses a second core. */
  worker?: boolean;
}

/** The storage as an entry of the feature list: no routes; closed after the features that use it. */
export function storageFeature(storage: Storage): ServerFeature {
  return { name: 'storage', mount() {}, close: () => storage.close() };
}

export { defaultDataDir };
