import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite, type SqliteDb } from '../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../src/server/storage/sqlite-count-store';

/** Runs `work` with a new empty folder under the system's temp folder, removed afterwards whatever happens. */
export async function inScratchFolder<T>(prefix: string, work: (dir: string) => Promise<T> | T): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  try {
    return await work(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Every synthetic year the benches make starts on this day. */
export const YEAR_START = '2025-01-01';

/** The last day of a synthetic year of `days` days from YEAR_START (ISO date). */
export const lastDayOf = (days: number): string => new Date(Date.parse(YEAR_START) + (days - 1) * 86_400_000).toISOString().slice(0, 10);

/** Rows of strings as an SQL `SELECT … UNION ALL SELECT …` with the given column names (bench data only: no quoting). */
export function selectRows(rows: readonly (readonly string[])[], columns: readonly string[]): string {
  return rows.map((row) => `SELECT ${columns.map((c, i) => `'${row[i] ?? ''}' AS ${c}`).join(', ')}`).join(' UNION ALL ');
}

/**
 * A count store on its own SQLite file in a scratch folder, for the benches that fill a year of
 * counts by SQL (`db`) and time the dashboard's questions (`store`); closed and removed afterwards.
 */
export function withScratchCountStore<T>(prefix: string, work: (db: SqliteDb, store: SqliteCountStore) => Promise<T>): Promise<T> {
  return inScratchFolder(prefix, async (dir) => {
    const db = openSqlite(dir);
    const store = new SqliteCountStore(db);
    try {
      return await work(db, store);
    } finally {
      await store.close();
    }
  });
}
