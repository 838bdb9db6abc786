import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { validateCountBatch, type Counter } from '../../../src/core/counts/batch';
import { dashboardRoutes } from '../../../src/server/dashboard-api/routes';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { SqliteOrganizerStore } from '../../../src/server/storage/sqlite-organizer-store';
import { TODAY, batch, counter } from './helpers';
import { addOrganizers, sessionCookie } from '../support/organizer-session';

const SCOPES: Record<string, string> = { admin: '*', 'tinh-38': '38', 'xa-16012': '38-16012' };

async function setup() {
  const db = openSqlite(':memory:');
  const counts = new SqliteCountStore(db);
  const organizers = new SqliteOrganizerStore(db);
  await addOrganizers(organizers, SCOPES, TODAY);
  const app = new Hono().route('/', dashboardRoutes(counts, organizers, { now: () => new Date(`${TODAY}T12:00:00Z`) }));
  const add = async (cs: Counter[]) => {
    const r = validateCountBatch(batch(cs), TODAY);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    await counts.ingest(r.batch, r.batch.batchId, TODAY);
  };
  const as = async (name: string) => {
    const cookie = await sessionCookie(app, name);
    return async (path: string) => {
      const r = await app.request(path, { headers: { cookie } });
      return { status: r.status, body: (await r.json()) as Record<string, unknown> };
    };
  };
  return { add, as };
}

describe('daily report API', () => {
  it('sums the report metrics per locality, narrowed to the organizer’s scope', async () => {
    const { add, as } = await setup();
    await add([
      counter({ locality: '38-16012', event: 'checker_outcome', param: 'activate-now', n: 6 }),
      counter({ locality: '38-16012', event: 'checker_outcome', param: 'card-first', n: 2 }),
      counter({ locality: '38-16012', event: 'tutorial_finish', param: 'install', n: 3 }),
      counter({ locality: '38-16012', channel: 'kiosk', hour: 9, event: 'kiosk_session_start', n: 4 }),
      counter({ locality: '38-16000', channel: 'volunteer', event: 'volunteer_tally', param: 'activated-level1', n: 5 }),
      counter({ locality: '38', event: 'checker_outcome', param: 'wait-approval', n: 1 }),
      counter({ locality: '79-27343', event: 'checker_outcome', param: 'foreign', n: 9 }),
      counter({ event: 'checker_outcome', param: 'level1-app', n: 2 }),
    ]);
    const admin = await as('admin');
    const all = await admin(`/api/dashboard/report?from=${TODAY}&to=${TODAY}`);
    expect(all.status).toBe(200);
    const rows = all.body.rows as Record<string, number | string>[];
    expect(rows.map((r) => r.locality)).toEqual(['', '38', '38-16000', '38-16012', '79-27343']);
    const qt = rows.find((r) => r.locality === '38-16012')!;
    expect([qt.outcomes, qt.outcome_ready, qt.outcome_prepare, qt.tutorials_finished, qt.kiosk_sessions]).toEqual([8, 6, 2, 3, 4]);
    expect(rows.find((r) => r.locality === '38-16000')!.households_activated).toBe(5);

    const province = await (await as('tinh-38'))(`/api/dashboard/report?from=${TODAY}&to=${TODAY}`);
    expect(province.body.scope).toBe('38');
    expect((province.body.rows as { locality: string }[]).map((r) => r.locality)).toEqual(['38', '38-16000', '38-16012']);

    const commune = await as('xa-16012');
    const own = await commune(`/api/dashboard/report?from=${TODAY}&to=${TODAY}`);
    expect((own.body.rows as { locality: string }[]).map((r) => r.locality)).toEqual(['38-16012']);
    // Outside the scope: refused on every route, not only hidden in the page.
    for (const path of ['report', 'summary', 'places', 'export.csv']) {
      const wider = await commune(`/api/dashboard/${path}?from=${TODAY}&to=${TODAY}&locality=38`);
      expect(wider.status, path).toBe(403);
      expect(wider.body.error).toBe('outside_scope');
    }
    const summary = await commune(`/api/dashboard/summary?from=${TODAY}&to=${TODAY}`);
    expect((summary.body.filter as { locality: string }).locality).toBe('38-16012');
  });

  it('reads a period of whole months and loose days alike', async () => {
    const { add, as } = await setup();
    const days = ['2025-07-31', '2025-08-01', '2025-08-20', '2025-09-01', '2025-09-15'];
    await add(days.map((day) => counter({ day, locality: '38-16012', event: 'tutorial_stuck', param: 'activate/otp', n: 2 })));
    const admin = await as('admin');
    const r = await admin('/api/dashboard/report?from=2025-07-31&to=2025-09-14');
    expect((r.body.rows as { stuck: number }[])[0]!.stuck).toBe(8);
  });
});

describe('schema upgrade', () => {
  it('adds the report metrics to a database from before them and recomputes past days', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'schema-'));
    try {
      const old = openSqlite(dir);
      // A schema-1 database: without the new columns, with a counter already stored.
      old.exec('DROP TABLE place_day; DROP TABLE place_month;');
      old.exec(`CREATE TABLE place_day (day TEXT NOT NULL, locality TEXT NOT NULL, channel TEXT NOT NULL, source TEXT NOT NULL,
        guided INTEGER NOT NULL DEFAULT 0, outcomes INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (day, locality, channel, source)) WITHOUT ROWID`);
      old.exec(`CREATE TABLE place_month (month TEXT NOT NULL, locality TEXT NOT NULL, channel TEXT NOT NULL, source TEXT NOT NULL,
        guided INTEGER NOT NULL DEFAULT 0, outcomes INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (month, locality, channel, source)) WITHOUT ROWID`);
      old.prepare(`INSERT INTO counts VALUES ('38-16012', '${TODAY}', 'phone', '', '0.1.0', 'checker_outcome', 'card-first', -1, 7)`).run();
      old.pragma('user_version = 1');
      old.close();
      const store = new SqliteCountStore(openSqlite(dir));
      const [row] = await store.localityTotals({ from: TODAY, to: TODAY });
      expect([row!.outcomes, row!.outcome_prepare]).toEqual([7, 7]);
      await store.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
