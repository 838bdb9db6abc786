import Database from 'better-sqlite3';
import { dirname, join } from 'node:path';
import { PLACE_METRICS } from '../../core/counts/metrics';
import { rebuildSums } from './sqlite-count-store';
import { FILL_ACTIVE_DAYS } from './active-days-sql';
import { ACTIVE_COLUMN_SQL, SCHEMA, SCHEMA_VERSION } from './sqlite-schema';
import { databaseProblem, ensureDataFolder, newerSchemaProblem } from './sqlite-problems';

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
  if (file !== ':memory:') ensureDataFolder(dirname(file));
  try {
    return prepare(new Database(file), file, options);
  } catch (e) {
    throw databaseProblem(file, e);
  }
}

function prepare(db: SqliteDb, file: string, options: SqliteOptions): SqliteDb {
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
  db.pragma('busy_timeout = 5000'); // the organizer command may write while the server runs
  // After a burst (a long read holding checkpoints back) the WAL file shrinks back to this size
  // instead of keeping its high-water mark on the disk for good (see sqlite-wal.ts).
  db.pragma('journal_size_limit = 8388608');
  db.exec(SCHEMA);
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version > SCHEMA_VERSION) {
    db.close();
    throw newerSchemaProblem(file, version, SCHEMA_VERSION);
  }
  if (version !== 0 && version < SCHEMA_VERSION)
    db.transaction(() => {
      addActiveDays(db);
      addNewMetrics(db);
      addOrganizerScopes(db);
      fillYears(db);
      if (version < 6) db.exec(FILL_ACTIVE_DAYS);
    }).immediate();
  if (version !== SCHEMA_VERSION) db.pragma(`user_version = ${SCHEMA_VERSION}`);
  return db;
}

/**
 * A database from before a metric was added (schema 1 lacks the daily report's metrics): add
 * the columns and recompute the running sums from the counters, so past days get the new
 * metrics too. Runs once, at start-up, in one transaction.
 */
function addNewMetrics(db: SqliteDb): void {
  let added = false;
  for (const table of ['place_day', 'place_month', 'place_year']) {
    const have = new Set((db.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name));
    for (const m of PLACE_METRICS)
      if (!have.has(m)) {
        db.exec(`ALTER TABLE ${table} ADD COLUMN ${m} INTEGER NOT NULL DEFAULT 0`);
        added = true;
      }
  }
  if (added) rebuildSums(db);
}

/** A database from before the active days (schema 6): their columns, filled once the years are (FILL_ACTIVE_DAYS). */
function addActiveDays(db: SqliteDb): void {
  const have = new Set((db.pragma('table_info(place_year)') as { name: string }[]).map((c) => c.name));
  for (const column of ACTIVE_COLUMN_SQL) if (!have.has(column.split(' ')[0]!)) db.exec(`ALTER TABLE place_year ADD COLUMN ${column}`);
}

/**
 * A database from before organizer scopes (schema 3): every existing account becomes an admin,
 * so upgrading never locks anyone out.
 */
function addOrganizerScopes(db: SqliteDb): void {
  const have = new Set((db.pragma('table_info(organizers)') as { name: string }[]).map((c) => c.name));
  if (!have.has('scope')) db.exec(`ALTER TABLE organizers ADD COLUMN scope TEXT NOT NULL DEFAULT '*'`);
}

/**
 * A database from before the yearly sums (schema 5): the year's rows are the sums of its months.
 * Skipped when addNewMetrics has just recomputed every sum (place_year included).
 */
function fillYears(db: SqliteDb): void {
  if (db.prepare('SELECT 1 FROM place_year LIMIT 1').get()) return;
  const cols = PLACE_METRICS.join(', ');
  db.exec(`INSERT INTO place_year (year, locality, channel, source, ${cols})
    SELECT substr(month, 1, 4), locality, channel, source, ${PLACE_METRICS.map((m) => `SUM(${m})`).join(', ')}
    FROM place_month GROUP BY substr(month, 1, 4), locality, channel, source`);
}
