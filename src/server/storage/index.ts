import type { OrganizerStore } from '../auth/organizer-store';
import type { ServerFeature } from '../feature';
import type { CountStore } from './count-store';
import { defaultDataDir, openSqlite, type SqliteOptions } from './sqlite-db';
import { SqliteCountStore } from './sqlite-count-store';
import { SqliteOrganizerStore } from './sqlite-organizer-store';
import { WorkerCountStore } from './worker-count-store';
import { isPostgresUrl, migratePostgres, openPostgresPool } from './postgres-db';
import { PostgresCountStore } from './postgres-count-store';
import { PostgresOrganizerStore } from './postgres-organizer-store';
import { pruneBatchIdsDaily } from './prune';
import type { PublicationStore } from '../publish/publication-store';
import { SqlitePublicationStore } from './sqlite-publication-store';
import { PostgresPublicationStore } from './postgres-publication-store';
import type { IdentityStore } from '../identity/identity-store';
import { SqliteIdentityStore } from './sqlite-identity-store';
import { PostgresIdentityStore } from './postgres-identity-store';
import type { NoticeStore } from '../notices/notice-store';
import { SqliteNoticeStore } from './sqlite-notice-store';
import { PostgresNoticeStore } from './postgres-notice-store';

export interface Storage {
  counts: CountStore;
  organizers: OrganizerStore;
  publications: PublicationStore;
  identity: IdentityStore;
  notices: NoticeStore;
  close(): Promise<void>;
}

/**
 * The server's storage from the environment: PostgreSQL when DATABASE_URL is a postgres:// URL
 * (several instances share it), otherwise SQLite in DATA_DIR (default ./data). Either way the
 * schema is migrated before the first request.
 */
export async function openStorageFromEnv(env: NodeJS.ProcessEnv = process.env, options: StorageOptions = {}): Promise<Storage> {
  if (env.DATABASE_URL && !isPostgresUrl(env.DATABASE_URL))
    throw new Error(`DATABASE_URL: found a URL that is not postgres://, expected postgres://user:password@host/database`);
  const storage = isPostgresUrl(env.DATABASE_URL)
    ? await openPostgresStorage(env.DATABASE_URL, { max: poolSize(env.PG_POOL_SIZE) })
    : openStorage(defaultDataDir(env), { synchronous: env.COUNTS_SYNC === 'full' ? 'full' : 'normal', ...options });
  if (!options.pruneBatchIds) return storage;
  const stop = pruneBatchIdsDaily(storage.counts);
  return {
    ...storage,
    close: () => {
      stop();
      return storage.close();
    },
  };
}

function poolSize(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 10;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1 || n > 500)
    throw new Error(`PG_POOL_SIZE: found ${JSON.stringify(raw)}, expected a number from 1 to 500`);
  return n;
}

/** PostgreSQL storage: one connection pool for every store of this instance. */
export async function openPostgresStorage(url: string, options: { max?: number } = {}): Promise<Storage> {
  const pool = openPostgresPool(url, options);
  try {
    await migratePostgres(pool);
  } catch (e) {
    await pool.end();
    throw e;
  }
  const counts = new PostgresCountStore(pool, false);
  return {
    counts,
    organizers: new PostgresOrganizerStore(pool),
    publications: new PostgresPublicationStore(pool),
    identity: new PostgresIdentityStore(pool),
    notices: new PostgresNoticeStore(pool),
    close: () => pool.end(),
  };
}

/** SQLite storage in `dataDir` (DATA_DIR, default ./data). */
export function openStorage(dataDir: string = defaultDataDir(), options: StorageOptions = {}): Storage {
  const db = openSqlite(dataDir, options); // creates the schema before a worker opens the file
  if (!options.worker || dataDir === ':memory:') {
    const counts = new SqliteCountStore(db);
    return {
      counts,
      organizers: new SqliteOrganizerStore(db),
      publications: new SqlitePublicationStore(db),
      identity: new SqliteIdentityStore(db),
      notices: new SqliteNoticeStore(db),
      close: () => counts.close(),
    };
  }
  const counts = new WorkerCountStore(dataDir, options);
  return {
    counts,
    organizers: new SqliteOrganizerStore(db),
    publications: new SqlitePublicationStore(db),
    identity: new SqliteIdentityStore(db),
    notices: new SqliteNoticeStore(db),
    close: async () => {
      await counts.close();
      db.close();
    },
  };
}

export interface StorageOptions extends SqliteOptions {
  /** Forget batch ids past the devices' retention, at start and daily (the server's default). */
  pruneBatchIds?: boolean;
  /** Counts written on a worker thread (the server's default): ingest uses a second core. */
  worker?: boolean;
}

/** The storage as an entry of the feature list: no routes; closed after the features that use it. */
export function storageFeature(storage: Storage): ServerFeature {
  return { name: 'storage', mount() {}, close: () => storage.close() };
}

export { defaultDataDir };
