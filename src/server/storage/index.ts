import type { OrganizerStore } from '../auth/organizer-store';
import type { CountStore } from './count-store';
import { defaultDataDir, openSqlite, type SqliteOptions } from './sqlite-db';
import { SqliteCountStore } from './sqlite-count-store';
import { SqliteOrganizerStore } from './sqlite-organizer-store';

export interface Storage {
  counts: CountStore;
  organizers: OrganizerStore;
  close(): Promise<void>;
}

/**
 * The server's storage: SQLite in `dataDir` (DATA_DIR, default ./data). A PostgreSQL storage
 * would be chosen here (e.g. from DATABASE_URL) and implement the same two interfaces.
 */
export function openStorage(dataDir: string = defaultDataDir(), options: SqliteOptions = {}): Storage {
  const db = openSqlite(dataDir, options);
  const counts = new SqliteCountStore(db);
  return { counts, organizers: new SqliteOrganizerStore(db), close: () => counts.close() };
}

export { defaultDataDir };
