import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { SCHEMA, SCHEMA_VERSION } from './sqlite-schema';

export type SqliteDb = Database.Database;

export interface SqliteOptions {
  /**
   * 'normal' (default): a committed batch survives the server process being killed; after a
   * power cut the last moments may be lost. 'full': survives power cuts too, at a cost in ingest
   * speed (one disk flush per batch). See docs/decisions/counts-storage.md.
   */
  synchronous?: 'normal' | 'full';
}

/** Where data lives unless DATA_DIR says otherwise: ./data, next to where the server starts. */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DATA_DIR || './data';
}

export function openSqlite(dataDir: string, options: SqliteOptions = {}): SqliteDb {
  const file = dataDir === ':memory:' ? ':memory:' : join(dataDir, 'vneid-guide.sqlite');
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('busy_timeout = 5000'); // the organizer command may write while the server runs
  db.exec(SCHEMA);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  else if (version > SCHEMA_VERSION) throw new Error(`${file}: database schema ${version} is newer than this server (${SCHEMA_VERSION})`);
  return db;
}
