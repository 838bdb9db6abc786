import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { migratePostgres, openPostgresPool, type PgPool } from '../../../src/server/storage/postgres-db';
import { POSTGRES_MIGRATIONS, POSTGRES_SCHEMA_VERSION } from '../../../src/server/storage/postgres-schema';
import { SCHEMA_VERSION } from '../../../src/server/storage/sqlite-schema';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { validateCountBatch } from '../../../src/core/counts/batch';
import { TODAY, batch, counter } from './helpers';
import { freshDatabase } from '../support/postgres';

const pools: PgPool[] = [];
afterAll(async () => {
  for (const p of pools) await p.end();
});
const pool = (url: string) => {
  const p = openPostgresPool(url, { max: 2 });
  pools.push(p);
  return p;
};

describe('PostgreSQL schema migrations', () => {
  it('run once, even when several instances start at the same moment', async () => {
    const url = await freshDatabase();
    const applied = await Promise.all([migratePostgres(pool(url)), migratePostgres(pool(url)), migratePostgres(pool(url))]);
    expect(applied.flat()).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version)); // all by one of them
    const { rows } = await pool(url).query('SELECT version FROM schema_migrations ORDER BY version');
    expect(rows.map((r) => r.version)).toEqual(POSTGRES_MIGRATIONS.map((m) => m.version));
    expect(await migratePostgres(pool(url))).toEqual([]);
  });

  it('apply only what an older database lacks, in order; accounts from before scopes become admins', async () => {
    const url = await freshDatabase();
    const p = pool(url);
    const v1 = POSTGRES_MIGRATIONS.filter((m) => m.version === 1);
    await migratePostgres(p, v1);
    await p.query("INSERT INTO organizers (name, password_hash, created) VALUES ('doi06-q5', 'h', '2026-11-01')");
    const later = POSTGRES_MIGRATIONS.filter((m) => m.version > 1).map((m) => m.version);
    expect(await migratePostgres(p)).toEqual(later);
    const { rows } = await p.query('SELECT name, scope FROM organizers');
    expect(rows).toEqual([{ name: 'doi06-q5', scope: '*' }]);
  });

  it('fill the yearly sums from the monthly ones of a database from before them (migration 8)', async () => {
    const p = pool(await freshDatabase());
    await migratePostgres(
      p,
      POSTGRES_MIGRATIONS.filter((m) => m.version < 8),
    );
    await p.query(`INSERT INTO place_month (month, locality, channel, source, guided) VALUES
      ('2025-01', '79-26734', 'phone', '', 4), ('2025-09', '79-26734', 'phone', '', 3), ('2024-12', '79-26734', 'phone', '', 2)`);
    await migratePostgres(p);
    const { rows } = await p.query('SELECT year, guided::int AS guided FROM place_year ORDER BY year');
    expect(rows).toEqual([
      { year: '2024', guided: 2 },
      { year: '2025', guided: 7 },
    ]);
  });

  it("fill each place's active days from the daily sums of a database from before them (migration 9)", async () => {
    const p = pool(await freshDatabase());
    await migratePostgres(
      p,
      POSTGRES_MIGRATIONS.filter((m) => m.version < 9),
    );
    await p.query(`INSERT INTO place_day (day, locality, channel, source, guided) VALUES
      ('2025-01-01', '79-26734', 'phone', '', 4), ('2025-01-31', '79-26734', 'phone', '', 1),
      ('2025-12-31', '79-26734', 'phone', '', 3), ('2024-02-29', '79-26734', 'phone', '', 2)`);
    await p.query(`INSERT INTO place_year (year, locality, channel, source, guided) VALUES
      ('2025', '79-26734', 'phone', '', 8), ('2024', '79-26734', 'phone', '', 2)`);
    await migratePostgres(p);
    const { rows } = await p.query('SELECT year, active_01, active_02, active_12 FROM place_year ORDER BY year');
    expect(rows).toEqual([
      { year: '2024', active_01: 0, active_02: 2 ** 28, active_12: 0 },
      { year: '2025', active_01: 1 + 2 ** 30, active_02: 0, active_12: 2 ** 30 },
    ]);
  });

  it('roll a failed migration back whole and say which one failed', async () => {
    const url = await freshDatabase();
    const p = pool(url);
    const bad = { version: POSTGRES_SCHEMA_VERSION + 1, name: 'broken', sql: 'CREATE TABLE half (x int); SELECT no_such_function()' };
    await expect(migratePostgres(p, [...POSTGRES_MIGRATIONS, bad])).rejects.toThrow(/migration \d+ \(broken\) failed/);
    expect((await p.query("SELECT 1 FROM information_schema.tables WHERE table_name = 'half'")).rowCount).toBe(0);
    expect(await migratePostgres(p)).toEqual([]); // the good ones stayed
  });

  it('refuse in one line a database migrated by a newer server', async () => {
    const url = await freshDatabase();
    const p = pool(url);
    await migratePostgres(p);
    await p.query("INSERT INTO schema_migrations (version, name) VALUES (999, 'from the future')");
    const refusal = migratePostgres(p);
    await expect(refusal).rejects.toThrow(`database schema 999 is newer than this server (${POSTGRES_SCHEMA_VERSION})`);
    await expect(refusal).rejects.not.toThrow(/\n/);
  });
});

describe('SQLite schema version', () => {
  it('refuses in one line a file from a newer server', () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-'));
    try {
      const db = openSqlite(dir);
      expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
      db.pragma('user_version = 999');
      db.close();
      // One line that names the file and the fix (the start-up message, see sqlite-problems.ts).
      expect(() => openSqlite(dir)).toThrow(
        `${join(dir, 'vneid-guide.sqlite')}: database schema 999 is newer than this server's (${SCHEMA_VERSION}); run`,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('SQLite upgrade to yearly sums (schema 4)', () => {
  it('fills the year rows from the month rows of a file from before them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-'));
    try {
      const store = new SqliteCountStore(openSqlite(dir));
      const r = validateCountBatch(
        batch([counter({ day: '2025-01-31', n: 4 }), counter({ n: 3 }), counter({ day: '2024-12-31', n: 2 })]),
        TODAY,
      );
      if (!r.ok) throw new Error('invalid');
      await store.ingest(r.batch, 'd', TODAY);
      const year = { from: '2025-01-01', to: '2025-12-31' };
      expect((await store.placeTotals(year))[0]!.guided).toBe(7);
      await store.close();
      const old = openSqlite(dir);
      old.exec('DELETE FROM place_year');
      old.pragma('user_version = 3');
      old.close();
      const upgraded = new SqliteCountStore(openSqlite(dir));
      expect((await upgraded.placeTotals(year)).map((x) => x.guided)).toEqual([7]);
      expect((await upgraded.placeTotals({ from: '2024-01-01', to: '2024-12-31' })).map((x) => x.guided)).toEqual([2]);
      await upgraded.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("SQLite upgrade to each place's active days (schema 6)", () => {
  it('fills them from the daily sums of a file from before them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-'));
    try {
      const store = new SqliteCountStore(openSqlite(dir));
      const r = validateCountBatch(
        batch([counter({ day: '2025-01-31', n: 4 }), counter({ n: 3 }), counter({ day: '2024-12-31', n: 2, locality: '01-00004' })]),
        TODAY,
      );
      if (!r.ok) throw new Error('invalid');
      await store.ingest(r.batch, 'd', TODAY);
      const range = { from: '2024-12-02', to: '2025-01-31' };
      const want = await store.placePage(range, { limit: 10, offset: 0 });
      expect(want.total).toBe(2);
      await store.close();
      const old = openSqlite(dir);
      old.exec(`UPDATE place_year SET ${Array.from({ length: 12 }, (_, i) => `active_${String(i + 1).padStart(2, '0')} = 0`).join(', ')}`);
      old.pragma('user_version = 5');
      old.close();
      const upgraded = new SqliteCountStore(openSqlite(dir));
      expect(await upgraded.placePage(range, { limit: 10, offset: 0 })).toEqual(want);
      await upgraded.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('the two schemas', () => {
  it('have the same tables and columns in SQLite and PostgreSQL', async () => {
    const sqlite = openSqlite(':memory:');
    const lite = new Map<string, string[]>();
    const tables = sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[];
    for (const { name } of tables)
      lite.set(name, (sqlite.prepare(`PRAGMA table_info(${name})`).all() as { name: string }[]).map((c) => c.name).sort());
    sqlite.close();
    const p = pool(await freshDatabase());
    await migratePostgres(p);
    const { rows } = await p.query<{ table_name: string; column_name: string }>(
      "SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> 'schema_migrations'",
    );
    const pgTables = new Map<string, string[]>();
    for (const r of rows) pgTables.set(r.table_name, [...(pgTables.get(r.table_name) ?? []), r.column_name]);
    for (const cols of pgTables.values()) cols.sort();
    // A migration added on one side needs its twin on the other (postgres-schema.ts / sqlite-schema.ts).
    expect(Object.fromEntries([...pgTables].sort())).toEqual(Object.fromEntries([...lite].sort()));
  });
});
