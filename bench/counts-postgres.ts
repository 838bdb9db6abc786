import pg from 'pg';
import { startPostgres } from '../test/support/postgres-cluster';
import { migratePostgres, openPostgresPool } from '../src/server/storage/postgres-db';
import { PostgresCountStore } from '../src/server/storage/postgres-count-store';
import { EVENTS, benchIngest, dashboardQueries } from './counts';

/**
 * The same figures on PostgreSQL: a throwaway local cluster with PostgreSQL's durable defaults
 * (fsync and synchronous commit on), ingest through one and two server instances, and the
 * dashboard's queries over a year of a whole country.
 */
export async function benchPostgres(o: { seconds: number; connections: number; communes: number; days: number }): Promise<void> {
  const cluster = await startPostgres({ durable: true });
  try {
    const admin = new pg.Client(cluster.adminUrl);
    await admin.connect();
    for (const db of ['ingest1', 'ingest2', 'dashboard']) await admin.query(`CREATE DATABASE ${db}`);
    await admin.end();
    const countsIn = (db: string) => async () => {
      const c = new pg.Client(cluster.urlFor(db));
      await c.connect();
      const { rows } = await c.query('SELECT COALESCE(SUM(n), 0)::bigint AS n FROM counts');
      await c.end();
      return Number(rows[0].n);
    };
    for (const [db, k] of [
      ['ingest1', 1],
      ['ingest2', 2],
    ] as const) {
      await benchIngest(
        {
          label: `PostgreSQL, ${k === 1 ? 'one instance' : 'two instances'}`,
          instances: Array.from({ length: k }, () => ({ DATABASE_URL: cluster.urlFor(db) })),
          storedCounts: countsIn(db),
        },
        o.seconds,
        o.connections,
      );
    }
    console.log('  dashboard on PostgreSQL:');
    await dashboardOnPostgres(cluster.urlFor('dashboard'), o.communes, o.days);
  } finally {
    cluster.stop();
  }
}

async function dashboardOnPostgres(url: string, communes: number, days: number): Promise<void> {
  const pool = openPostgresPool(url, { max: 4 });
  // Loading and summing 24 M rows takes longer than the server's 30 s guard against stuck queries.
  pool.on('connect', (c) => void c.query('SET statement_timeout = 0'));
  await migratePostgres(pool);
  const store = new PostgresCountStore(pool);
  const t0 = performance.now();
  const events = EVENTS.map(([e, p]) => `('${e}', '${p}')`).join(', ');
  await pool.query(`INSERT INTO counts (locality, day, channel, source, version, event, param, hour, n)
    SELECT lpad((1 + j % 34)::text, 2, '0') || '-' || lpad(j::text, 5, '0'), to_char(date '2025-01-01' + i, 'YYYY-MM-DD'),
      'phone', '', '0.1.0', e.event, e.param, -1, 1 + abs((j * 7 + i * 13 + length(e.event || e.param)) % 20)
    FROM generate_series(0, ${communes - 1}) j, generate_series(0, ${days - 1}) i, (VALUES ${events}) AS e (event, param)`);
  const loadMs = performance.now() - t0;
  const t1 = performance.now();
  await store.rebuildSums();
  await pool.query('VACUUM ANALYZE');
  const sumsMs = performance.now() - t1;
  const { rows } = await pool.query('SELECT COUNT(*)::bigint AS n FROM counts');
  console.log(
    `  data: ${Number(rows[0].n).toLocaleString('en-US')} counters (${days} days × ${communes.toLocaleString('en-US')} communes × ${EVENTS.length} events), loaded in ${(loadMs / 1000).toFixed(1)} s, sums built in ${(sumsMs / 1000).toFixed(1)} s`,
  );
  await dashboardQueries(store, days);
  await store.close();
}
