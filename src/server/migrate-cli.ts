import { join } from 'node:path';
import { migratePostgres, isPostgresUrl, openPostgresPool, POSTGRES_SCHEMA_VERSION } from './storage/postgres-db';
import { defaultDataDir, openSqlite } from './storage/sqlite-db';
import { SCHEMA_VERSION } from './storage/sqlite-schema';

/**
 * `npm run migrate`: brings the database named by the environment (DATABASE_URL for PostgreSQL,
 * else SQLite in DATA_DIR) to this code's schema, as the server does at start-up. Run it before
 * starting several new instances, so none of them serves while another migrates.
 */
async function main(): Promise<string> {
  const url = process.env.DATABASE_URL;
  if (isPostgresUrl(url)) {
    const pool = openPostgresPool(url, { max: 1, applicationName: 'vneid-guide migrate' });
    try {
      const applied = await migratePostgres(pool);
      const done = applied.length ? `applied ${applied.join(', ')}` : 'nothing to do';
      return `PostgreSQL: schema ${POSTGRES_SCHEMA_VERSION} (${done}).`;
    } finally {
      await pool.end();
    }
  }
  if (url) throw new Error('DATABASE_URL: expected postgres://user:password@host/database');
  const dir = defaultDataDir();
  openSqlite(dir).close();
  return `SQLite ${join(dir, 'vneid-guide.sqlite')}: schema ${SCHEMA_VERSION}.`;
}

main().then(
  (line) => console.log(line),
  (e: unknown) => {
    console.error(e instanceof Error ? e.message : String(e));
    process.exitCode = 1;
  },
);
