import pg from 'pg';
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA_VERSION, type Migration } from './postgres-schema';

export type PgPool = pg.Pool;

/**
 * Runs `work` in one transaction on a connection of its own: committed when it returns, rolled back
 * when it throws (the error passes on), the connection given back to the pool either way.
 */
export async function inTransaction<T>(pool: PgPool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (e) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

/** DATABASE_URL names PostgreSQL (postgres:// or postgresql://); anything else is not ours. */
export function isPostgresUrl(url: string | undefined): url is string {
  return !!url && /^postgres(ql)?:\/\//i.test(url);
}

// Sums come back as bigint (int8) or numeric; every count here fits a JavaScript number exactly.
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === 20 || oid === 1700 ? (v: string) => Number(v) : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

export interface PostgresOptions {
  /** Connections this instance opens at most (PG_POOL_SIZE, default 10). */
  max?: number;
  /** Shown in pg_stat_activity, to tell instances apart. */
  applicationName?: string;
}

export function openPostgresPool(url: string, options: PostgresOptions = {}): PgPool {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    application_name: options.applicationName ?? 'vneid-guide',
    types,
    // A query stuck behind a lock for this long fails (the collector answers 503, the device resends).
    statement_timeout: 30_000,
  });
  // An idle connection dropped by the server (restart, failover) must not crash the process.
  pool.on('error', (e) => console.error(`PostgreSQL connection lost: ${e.message}`));
  return pool;
}

/** Two instances starting at once: one migrates, the other waits on this lock, then sees it done. */
const MIGRATION_LOCK = 74_170_001;

/**
 * Brings the database to this server's schema: runs the migrations it lacks, each in its own
 * transaction, recorded in `schema_migrations`. Refuses (one line) a database already migrated by
 * a newer server. Returns the versions it applied.
 */
export async function migratePostgres(pool: PgPool, migrations: readonly Migration[] = POSTGRES_MIGRATIONS): Promise<number[]> {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations');
    const current = rows[0]?.v ?? 0;
    if (current > latest) throw new Error(newerSchema(current, latest));
    const applied: number[] = [];
    for (const m of migrations) {
      if (m.version <= current) continue;
      await client.query('BEGIN');
      try {
        await client.query(m.sql);
        await client.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [m.version, m.name]);
        await client.query('COMMIT');
      } catch (e) {
        await client.query('ROLLBACK');
        throw new Error(`PostgreSQL migration ${m.version} (${m.name}) failed: ${e instanceof Error ? e.message : String(e)}`, {
          cause: e,
        });
      }
      applied.push(m.version);
    }
    return applied;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => undefined);
    client.release();
  }
}

export function newerSchema(found: number, mine: number): string {
  return `database schema ${found} is newer than this server (${mine}): run the newer server, or restore the backup made before the upgrade`;
}

export { POSTGRES_SCHEMA_VERSION };
