import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { migratePostgres, openPostgresPool, type PgPool } from '../../../src/server/storage/postgres-db';

/** The throwaway cluster's admin URL (test/support/postgres-global-setup.ts); fails loudly without one. */
export function postgresAdminUrl(): string {
  const url = inject('postgresAdminUrl');
  if (!url) throw new Error(`PostgreSQL for the tests did not start: ${inject('postgresProblem')}`);
  return url;
}

/** A new, empty database on the test cluster: its URL. */
export async function freshDatabase(): Promise<string> {
  const admin = postgresAdminUrl();
  const name = `t_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client(admin);
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  return admin.replace(/\/postgres$/, `/${name}`);
}

/** A migrated database and a pool on it (one "instance"); more pools on the same URL are more instances. */
export async function migratedPool(url?: string): Promise<{ url: string; pool: PgPool }> {
  const u = url ?? (await freshDatabase());
  const pool = openPostgresPool(u, { max: 4 });
  await migratePostgres(pool);
  return { url: u, pool };
}
