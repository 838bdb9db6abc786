import { afterAll, describe, expect, it } from 'vitest';
import type { Counter, CounterRow, ValidBatch } from '../../../src/core/counts/batch';
import { COUNT_EVENT_NAMES } from '../../../src/core/counts/vocabulary';
import type { OrganizerStore } from '../../../src/server/auth/organizer-store';
import type { IdentityStore } from '../../../src/server/identity/identity-store';
import { PostgresIdentityStore } from '../../../src/server/storage/postgres-identity-store';
import { SqliteIdentityStore } from '../../../src/server/storage/sqlite-identity-store';
import type { CountFilter, CountStore, PlaceRow } from '../../../src/server/storage/count-store';
import { clampMetrics, metricWeight, metricsOf } from '../../../src/core/counts/metrics';
import { zeroMetrics } from '../../../src/server/storage/batch-sums';
import { PostgresCountStore } from '../../../src/server/storage/postgres-count-store';
import { PostgresOrganizerStore } from '../../../src/server/storage/postgres-organizer-store';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { SqliteOrganizerStore } from '../../../src/server/storage/sqlite-organizer-store';
import { TODAY, counter, seeded, valid } from './helpers';
import { placeDaysCsvLines } from '../../../src/server/dashboard-api/csv';
import { migratedPool } from '../support/postgres';
import { tempDir } from '../support/temp-dir';

/**
 * The contract every storage keeps, run against SQLite and a real PostgreSQL server. "Instances"
 * are separate connections (SQLite) or separate connection pools (PostgreSQL) on one database,
 * as two collector processes would have.
 */
interface Instance {
  counts: CountStore;
  organizers: OrganizerStore;
  identity: IdentityStore;
}
interface Database {
  instance(): Promise<Instance>;
  rows(): Promise<CounterRow[]>;
  /** Recomputes the running sums from the counters (what a schema upgrade does). */
  rebuildSums(): Promise<void>;
}

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const DATABASES: { name: string; open(): Promise<Database> }[] = [
  {
    name: 'SQLite',
    async open() {
      const dir = tempDir('contract-');
      const instance = async () => {
        const db = openSqlite(dir);
        const counts = new SqliteCountStore(db);
        cleanups.push(() => counts.close());
        return { counts, organizers: new SqliteOrganizerStore(db), identity: new SqliteIdentityStore(db) };
      };
      const reader = new SqliteCountStore(openSqlite(dir));
      cleanups.push(() => reader.close());
      return { instance, rows: async () => reader.counterRows(), rebuildSums: async () => reader.rebuildSums() };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const { url, pool } = await migratedPool();
      cleanups.push(() => pool.end());
      const instance = async () => {
        const p = (await migratedPool(url)).pool;
        cleanups.push(() => p.end());
        return {
          counts: new PostgresCountStore(p, false),
          organizers: new PostgresOrganizerStore(p),
          identity: new PostgresIdentityStore(p),
        };
      };
      return {
        instance,
        rows: async () =>
          (await pool.query<CounterRow>('SELECT day, hour, locality, channel, source, version, event, param, n FROM counts')).rows,
        rebuildSums: () => new PostgresCountStore(pool, false).rebuildSums(),
      };
    },
  },
];

/** 60 random batches over a few days, places and events (the same for every database). */
function randomBatches(
  seed: number,
  count = 60,
  days = ['2025-07-30', '2025-07-31', '2025-08-01', '2025-08-31', '2025-09-01', '2025-09-15'],
): ValidBatch[] {
  const rnd = seeded(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const params: Record<string, string | undefined> = {
    screen_open: 'home',
    share_shown: 'checker',
    checker_outcome: 'level2-police',
    tutorial_start: 'activate',
    tutorial_finish: 'activate',
    tutorial_step_done: 'activate/otp',
    tutorial_stuck: 'activate/otp',
    point_search: 'gps',
    volunteer_tally: 'activated-level1',
    visit_progress: 'checker_outcome',
    volunteer_checklist: 'all-ticked',
    volunteer_people: 'activated-level2/3',
  };
  const localities = ['79-26734', '79-26740', '01-00004', '01', ''];
  return Array.from({ length: count }, (_, b) => {
    const seen = new Map<string, Counter>();
    for (let i = 0; i < 30; i++) {
      // An undo comes from a volunteer after its tally (test/unit/volunteer/undo.test.ts), never at random.
      const event = pick(COUNT_EVENT_NAMES.filter((e) => e !== 'volunteer_tally_undone' && e !== 'volunteer_people_undone'));
      const c = counter({
        day: pick(days),
        locality: pick(localities) || undefined,
        event,
        param: params[event],
        // '-to-1': a tag a spreadsheet would take for a formula (the CSV writes it as '-to-1).
        source: pick(['', 'poster-a', 'poster-b', '-to-1']) || undefined,
        n: 1 + Math.floor(rnd() * 9),
        // People within a household visit come only from a volunteer (batch.ts).
        ...(event === 'volunteer_people' ? { channel: 'volunteer' as const } : {}),
      });
      for (const k of ['locality', 'param', 'source'] as const) if (c[k] === undefined) delete c[k];
      seen.set(JSON.stringify({ ...c, n: 0 }), c);
    }
    return valid([...seen.values()], `contract-batch-${seed}-${String(b).padStart(4, '0')}`);
  });
}

const ALL = { from: '2025-07-01', to: '2025-09-30' };
const sumOf = (rows: { n: number }[]) => rows.reduce((s, r) => s + r.n, 0);

/** Everything the dashboard can ask, as one string: equal strings mean equal answers. */
async function answers(store: CountStore): Promise<string> {
  const out: unknown[] = [];
  for (const range of [ALL, { from: '2025-07-31', to: '2025-09-01' }, { from: '2025-08-01', to: '2025-08-31' }]) {
    const filters: CountFilter[] = [
      range,
      { ...range, locality: '79' },
      { ...range, locality: '79-26734' },
      { ...range, channel: 'phone' },
    ];
    for (const f of filters) {
      out.push(await store.placeTotals(f), await store.placeDays(f), await store.placePage(f, { limit: 3, offset: 1 }));
      out.push(csvText(await store.placeDayCsv(f, false)), csvText(await store.placeDayCsv(f, true)));
      out.push(await store.eventTotals(f, COUNT_EVENT_NAMES), await store.dailyTotals(f, ['checker_start', 'checker_outcome']));
    }
  }
  return JSON.stringify(out);
}

const answersByDatabase = new Map<string, string>();
const csvText = (bytes: Uint8Array) => Buffer.from(bytes).toString('utf8');

describe.each(DATABASES)('storage contract on $name', (database) => {
  it('adds a batch once, however often it is sent; refuses its id with other counters', async () => {
    const { counts } = await (await database.open()).instance();
    const b = valid([counter({ n: 3 }), counter({ event: 'checker_outcome', param: 'activate-now', n: 2 })]);
    expect(await counts.ingest(b, 'd1', TODAY)).toEqual({ status: 'added', counters: 2 });
    expect(await counts.ingest(b, 'd1', TODAY)).toEqual({ status: 'duplicate', counters: 2 });
    const other = { ...b, counters: [{ ...b.counters[0]!, n: 50 }] };
    expect((await counts.ingest(other, 'd2', TODAY)).status).toBe('conflict');
    expect(await counts.grandTotal()).toEqual({ counts: 5, batches: 1 });
  });

  it('keeps the running sums equal to the counters, and answers as every other database does', async () => {
    const db = await database.open();
    const { counts } = await db.instance();
    for (const b of randomBatches(7)) await counts.ingest(b, b.batchId, TODAY);
    const rows = await db.rows();
    // Place sums over ranges cutting months in the middle (month rows plus day rows) = the counters.
    for (const range of [ALL, { from: '2025-07-31', to: '2025-09-01' }, { from: '2025-08-01', to: '2025-08-31' }]) {
      const guided = sumOf(rows.filter((r) => r.event === 'checker_start' && r.day >= range.from && r.day <= range.to));
      expect(
        (await counts.placeTotals(range)).reduce((s, r) => s + r.guided, 0),
        `${range.from}..${range.to}`,
      ).toBe(guided);
      expect(
        (await counts.placeDays(range)).reduce((s, r) => s + r.guided, 0),
        `${range.from}..${range.to} by day`,
      ).toBe(guided);
    }
    for (const e of await counts.eventTotals(ALL, COUNT_EVENT_NAMES))
      expect(e.n, `${e.event} ${e.param}`).toBe(sumOf(rows.filter((r) => r.event === e.event && r.param === e.param)));
    // A province filter takes its communes and the province-level counts; a commune, its own.
    const hcm = await counts.eventTotals({ ...ALL, locality: '79' }, ['checker_start']);
    expect(sumOf(hcm)).toBe(sumOf(rows.filter((r) => r.event === 'checker_start' && r.locality.startsWith('79'))));
    const commune = await counts.dailyTotals({ ...ALL, locality: '79-26734' }, ['checker_start']);
    expect(sumOf(commune)).toBe(sumOf(rows.filter((r) => r.event === 'checker_start' && r.locality === '79-26734')));
    // Filters are bound parameters, never spliced into SQL.
    expect(await counts.dailyTotals({ ...ALL, locality: "79' OR 1=1" }, ['checker_start'])).toEqual([]);
    // SQLite and PostgreSQL give the same answers, row for row and in the same order.
    const mine = await answers(counts);
    for (const [other, theirs] of answersByDatabase) expect(mine, `same answers as ${other}`).toBe(theirs);
    answersByDatabase.set(database.name, mine);
    // Rebuilding the sums from the counters gives exactly what ingest kept up to date.
    await db.rebuildSums();
    expect(await answers(counts), 'after rebuilding the sums').toBe(mine);
  });

  it('writes the daily-report CSV lines from the database as placeDaysCsvLines writes the rows, byte for byte', async () => {
    const db = await database.open();
    const { counts } = await db.instance();
    for (const b of randomBatches(11)) await counts.ingest(b, b.batchId, TODAY);
    // An undo without its tally on that day: sums below zero, which the CSV writes as 0.
    const undo = { channel: 'volunteer' as const, event: 'volunteer_tally_undone' as const, param: 'activated-level1' };
    await counts.ingest(valid([counter({ ...undo, day: '2025-08-01', locality: '79-26734', source: 'to-2', n: 4 })]), 'undo', TODAY);
    const filters: CountFilter[] = [
      ALL,
      { from: '2025-08-01', to: '2025-08-01' },
      { from: '2025-07-31', to: '2025-09-01', locality: '79' },
      { from: '2025-07-01', to: '2025-09-30', locality: '79-26734' },
      { from: '2025-08-01', to: '2025-08-31', channel: 'volunteer' },
      { from: '2025-06-01', to: '2025-06-30' }, // no counts: no lines
    ];
    let cells = '';
    for (const f of filters)
      for (const share of [false, true]) {
        const mine = csvText(await counts.placeDayCsv(f, share));
        expect(mine, `${JSON.stringify(f)} share ${share}`).toBe(placeDaysCsvLines(await counts.placeDays(f), share));
        cells += mine;
      }
    // The data reaches every rule: a formula-like tag, the unknown place, a sum below zero, shared small counts.
    for (const seen of [",'-to-1,", ',(chưa rõ),', ',Tình nguyện viên,to-2,', ',<5,']) expect(cells).toContain(seen);
    expect(csvText(await counts.placeDayCsv({ from: '2025-08-01', to: '2025-08-01', channel: 'volunteer' }, false))).toMatch(
      /^2025-08-01,79-26734,Tình nguyện viên,to-2,(0,)+0\r\n/m,
    );
  });

  it('answers the table by place from the yearly, monthly and daily sums exactly as the counters add up, a page at a time', async () => {
    const db = await database.open();
    const { counts } = await db.instance();
    // Around a new year, both ends of a month and of a dekad, and a day the device may count ahead (TODAY + 2).
    const days = [
      '2024-08-11',
      '2024-12-01',
      '2024-12-31',
      '2025-01-01',
      '2025-01-31',
      '2025-02-28',
      '2025-03-10',
      '2025-03-11',
      '2025-06-15',
      '2025-09-17',
    ];
    for (const b of randomBatches(23, 60, days)) await counts.ingest(b, b.batchId, TODAY);
    const rows = await db.rows();
    /** The table computed from the raw counters, by the same rules as ingest (metricsOf, metricWeight). */
    const fromCounters = (f: CountFilter): PlaceRow[] => {
      const out = new Map<string, PlaceRow>();
      for (const r of rows) {
        if (r.day < f.from || r.day > f.to || (f.locality && r.locality !== f.locality && !r.locality.startsWith(`${f.locality}-`)))
          continue;
        if (f.channel && r.channel !== f.channel) continue;
        const metrics = metricsOf(r.event, r.param);
        if (!metrics.length) continue;
        const key = `${r.locality}|${r.channel}|${r.source}`;
        let row = out.get(key);
        if (!row) out.set(key, (row = { locality: r.locality, channel: r.channel, source: r.source, ...zeroMetrics() } as PlaceRow));
        for (const m of metrics) row[m] += metricWeight(r.event, r.param) * r.n;
      }
      const byKey = (r: PlaceRow) => `${r.locality}\u0000${r.channel}\u0000${r.source}`;
      return [...out.values()].sort((a, b) => (byKey(a) < byKey(b) ? -1 : 1)).map(clampMetrics);
    };
    const ranges: CountFilter[] = [
      { from: '2025-01-01', to: '2025-12-31' }, // a calendar year: the yearly sums alone
      { from: '2024-01-01', to: '2024-12-31' },
      { from: '2024-12-31', to: '2025-12-31' }, // a year and a day
      { from: '2024-12-01', to: '2025-11-30' }, // twelve months across the new year
      { from: '2024-09-20', to: '2025-09-17' }, // days, months, days
      { from: '2025-01-01', to: '2025-12-31', locality: '79' },
      { from: '2025-01-01', to: '2025-01-31' }, // one month
      { from: '2024-12-31', to: '2024-12-31' }, // one day
      // Not one period: the places from the active days (place_year), then the page's sums.
      { from: '2024-12-02', to: '2024-12-31' }, // a rolling 30 days, days only
      { from: '2024-12-02', to: '2025-01-31' }, // days, then a month of the next year
      { from: '2024-12-31', to: '2025-01-01' }, // two days across a new year
      { from: '2025-01-02', to: '2025-06-14' }, // leaves out a busy day at either end
      { from: '2025-03-01', to: '2025-03-10' }, // a dekad
      { from: '2025-03-11', to: '2025-09-16' }, // part of a month, months, part of a month
      { from: '2025-02-28', to: '2025-03-11' }, // part of a week across two months
      { from: '2024-08-11', to: '2025-09-17' }, // part of a year, a new year, part of a year
      { from: '2024-09-20', to: '2025-09-17', locality: '79' },
      { from: '2024-08-11', to: '2025-09-17', locality: '79-26734' },
      { from: '2024-12-02', to: '2025-06-15', channel: 'phone' },
      { from: '2025-06-16', to: '2025-09-16' }, // no counts at all
    ];
    for (const f of ranges) {
      const want = fromCounters(f);
      expect(await counts.placeTotals(f), JSON.stringify(f)).toEqual(want);
      // Pages of 4 rows put together are the whole table; every page knows its size.
      const pages: PlaceRow[] = [];
      for (let offset = 0; offset < want.length; offset += 4) {
        const page = await counts.placePage(f, { limit: 4, offset });
        expect(page.total, JSON.stringify(f)).toBe(want.length);
        expect(page.offset).toBe(offset);
        pages.push(...page.rows);
      }
      expect(pages, JSON.stringify(f)).toEqual(want);
      expect(await counts.placePage(f, { limit: 4, offset: want.length + 10 })).toEqual({
        rows: [],
        offset: want.length + 10,
        total: want.length,
      });
    }
    expect(fromCounters(ranges[0]!).length).toBeGreaterThan(4);
    // Every range has rows but the last; the leaving-out ranges do leave some places out.
    expect(ranges.slice(0, -1).every((f) => fromCounters(f).length > 0)).toBe(true);
    expect(fromCounters({ from: '2025-01-02', to: '2025-06-14' }).length).toBeLessThan(fromCounters(ranges[0]!).length);
    // The active days recomputed from the daily sums (a rebuild) are those ingest kept.
    const before = await Promise.all(ranges.map((f) => counts.placePage(f, { limit: 500, offset: 0 })));
    await db.rebuildSums();
    expect(await Promise.all(ranges.map((f) => counts.placePage(f, { limit: 500, offset: 0 })))).toEqual(before);
  });

  it('counts a batch sent to two instances at once exactly once; a reused id conflicts on both', async () => {
    const db = await database.open();
    const [a, b] = [await db.instance(), await db.instance()];
    const batches = randomBatches(11, 40);
    const results = await Promise.all(batches.flatMap((x) => [a.counts.ingest(x, x.batchId, TODAY), b.counts.ingest(x, x.batchId, TODAY)]));
    for (let i = 0; i < batches.length; i++)
      expect([results[2 * i]!.status, results[2 * i + 1]!.status].sort(), `batch ${i}`).toEqual(['added', 'duplicate']);
    const want = batches.reduce((s, x) => s + sumOf(x.counters), 0);
    expect(await a.counts.grandTotal()).toEqual({ counts: want, batches: batches.length });
    // The same id with other counters, on both instances at once: refused by both, nothing changes.
    const reused = { ...batches[0]!, counters: valid([counter({ n: 9 })]).counters };
    const twice = await Promise.all([a.counts.ingest(reused, 'other', TODAY), b.counts.ingest(reused, 'other', TODAY)]);
    expect(twice.map((r) => r.status)).toEqual(['conflict', 'conflict']);
    // A new id with two different bodies at once: one is counted, the other is a conflict.
    const id = 'contract-new-id-000001';
    const race = await Promise.all([
      a.counts.ingest(valid([counter({ n: 1 })], id), 'body-a', TODAY),
      b.counts.ingest(valid([counter({ n: 2 })], id), 'body-b', TODAY),
    ]);
    expect(race.map((r) => r.status).sort()).toEqual(['added', 'conflict']);
    const after = await b.counts.grandTotal();
    expect(after.batches).toBe(batches.length + 1);
    expect([want + 1, want + 2]).toContain(after.counts);
  });

  it('loses no update to the running sums when instances write the same rows at once', async () => {
    const db = await database.open();
    const instances = [await db.instance(), await db.instance(), await db.instance()];
    // Every batch adds to the same few sum rows (one day, two places), from three instances at once.
    const batches = Array.from({ length: 90 }, (_, i) =>
      valid(
        [
          counter({ locality: '79-26734', n: 1 + (i % 5) }),
          counter({ locality: '79-26740', event: 'checker_outcome', param: 'activate-now', n: 2 }),
          counter({ locality: '79-26734', source: 'poster-a', event: 'volunteer_tally', param: 'activated-level1', n: 1 }),
        ],
        `contention-batch-${i}`,
      ),
    );
    const results = await Promise.all(batches.map((b, i) => instances[i % 3]!.counts.ingest(b, b.batchId, TODAY)));
    expect(results.every((r) => r.status === 'added')).toBe(true);
    const day = { from: TODAY, to: TODAY };
    const places = await instances[0]!.counts.placeTotals(day);
    const byPlace = Object.fromEntries(places.map((p) => [`${p.locality}|${p.source}`, p]));
    expect(byPlace['79-26734|']!.guided).toBe(batches.reduce((s, _, i) => s + 1 + (i % 5), 0));
    expect(byPlace['79-26740|']!.outcomes).toBe(180);
    expect(byPlace['79-26734|poster-a']!.households_activated).toBe(90);
    expect(sumOf(await instances[1]!.counts.eventTotals({ ...day, locality: '79' }, ['checker_outcome']))).toBe(180);
  });

  it('sums the people within volunteers’ household visits net of undos, live and rebuilt, never below zero', async () => {
    const { counts } = await (await database.open()).instance();
    const v = { channel: 'volunteer' as const, locality: '79-26734', source: 'to-3' };
    // Two visits: 2 activated level 2 + 1 needs a chip card, then 3 activated level 1; the second undone.
    await counts.ingest(
      valid([
        counter({ ...v, event: 'volunteer_tally', param: 'activated-level2' }),
        counter({ ...v, event: 'volunteer_people', param: 'activated-level2/2' }),
        counter({ ...v, event: 'volunteer_people', param: 'no-chip-card/1' }),
        counter({ ...v, event: 'volunteer_tally', param: 'activated-level1' }),
        counter({ ...v, event: 'volunteer_people', param: 'activated-level1/3' }),
      ]),
      'people-1',
      TODAY,
    );
    await counts.ingest(
      valid([
        counter({ ...v, event: 'volunteer_tally_undone', param: 'activated-level1' }),
        counter({ ...v, event: 'volunteer_people_undone', param: 'activated-level1/3' }),
      ]),
      'people-2',
      TODAY,
    );
    // Another team's undo that came without its visit (a broken or hostile sender) reads 0, not less.
    await counts.ingest(
      valid([counter({ ...v, locality: '79-26740', source: 'to-9', event: 'volunteer_people_undone', param: 'other/30' })]),
      'people-3',
      TODAY,
    );
    const day = { from: TODAY, to: TODAY };
    for (const rebuilt of [false, true]) {
      if (rebuilt) await (counts as SqliteCountStore | PostgresCountStore).rebuildSums();
      const rows = await counts.placeTotals(day);
      const team = (source: string) => rows.find((r) => r.source === source);
      expect(team('to-3'), `rebuilt: ${rebuilt}`).toMatchObject({ households: 1, households_activated: 1, people: 3, people_activated: 2 });
      expect(team('to-9'), `rebuilt: ${rebuilt}`).toMatchObject({ people: 0, people_activated: 0 });
      const report = await counts.localityTotals(day);
      expect(
        report.find((r) => r.locality === '79-26734'),
        `rebuilt: ${rebuilt}`,
      ).toMatchObject({ people: 3, people_activated: 2 });
    }
  });

  it('forgets batch ids received before a day, keeping their counts', async () => {
    const { counts } = await (await database.open()).instance();
    await counts.ingest(valid([counter({ n: 4 })]), 'old', '2024-01-01');
    await counts.ingest(valid([counter({ n: 5 })]), 'new', TODAY);
    expect(await counts.pruneBatches('2025-01-01')).toBe(1);
    expect(await counts.grandTotal()).toEqual({ counts: 9, batches: 1 });
  });

  it("takes the health check's write (one row, rewritten) from every instance", async () => {
    const db = await database.open();
    const [a, b] = [await db.instance(), await db.instance()];
    await Promise.all([a.counts.probeWrite(), b.counts.probeWrite(), a.counts.probeWrite()]);
    expect(await a.counts.grandTotal()).toEqual({ counts: 0, batches: 0 }); // no count comes of it
  });

  it('keeps organizer accounts and sessions where every instance sees them', async () => {
    const db = await database.open();
    const [a, b] = [await db.instance(), await db.instance()];
    expect(await a.organizers.addOrganizer('doi06-q5', 'hash-1', TODAY, '*')).toBe('added');
    expect(await b.organizers.addOrganizer('doi06-q5', 'hash-2', TODAY, '79')).toBe('exists');
    expect(await b.organizers.findOrganizer('doi06-q5')).toEqual({ name: 'doi06-q5', passwordHash: 'hash-1', scope: '*' });
    const now = Date.now();
    await a.organizers.createSession('token-hash', 'doi06-q5', now + 60_000);
    expect(await b.organizers.findSession('token-hash', now)).toEqual({ name: 'doi06-q5', scope: '*' });
    expect(await b.organizers.findSession('token-hash', now + 61_000)).toBeUndefined(); // expired
    // A new password ends every session, on every instance.
    expect(await b.organizers.setPassword('doi06-q5', 'hash-3')).toBe(true);
    expect(await a.organizers.findSession('token-hash', now)).toBeUndefined();
    await a.organizers.createSession('token-2', 'doi06-q5', now + 60_000);
    await b.organizers.deleteSession('token-2');
    expect(await a.organizers.findSession('token-2', now)).toBeUndefined();
    expect(await a.organizers.removeOrganizer('doi06-q5')).toBe(true);
    expect(await b.organizers.listOrganizers()).toEqual([]);
  });

  it("keeps each account's scope, and a changed scope ends its sessions on every instance", async () => {
    const db = await database.open();
    const [a, b] = [await db.instance(), await db.instance()];
    await a.organizers.addOrganizer('xa-26734', 'h', TODAY, '79-26734');
    await a.organizers.addOrganizer('tinh-79', 'h', TODAY, '79');
    await b.organizers.addOrganizer('admin', 'h', TODAY, '*');
    expect(await b.organizers.listOrganizers()).toEqual([
      { name: 'admin', scope: '*', created: TODAY },
      { name: 'tinh-79', scope: '79', created: TODAY },
      { name: 'xa-26734', scope: '79-26734', created: TODAY },
    ]);
    const now = Date.now();
    await a.organizers.createSession('t-commune', 'xa-26734', now + 60_000);
    await a.organizers.createSession('t-province', 'tinh-79', now + 60_000);
    expect(await b.organizers.findSession('t-commune', now)).toEqual({ name: 'xa-26734', scope: '79-26734' });
    // Narrowed on one instance: the other sees the new scope and the old session is gone.
    expect(await b.organizers.setScope('xa-26734', '38-16012')).toBe(true);
    expect(await a.organizers.findSession('t-commune', now)).toBeUndefined();
    expect(await a.organizers.findOrganizer('xa-26734')).toMatchObject({ scope: '38-16012' });
    // Another account's session is untouched; an unknown name changes nothing.
    expect(await a.organizers.findSession('t-province', now)).toEqual({ name: 'tinh-79', scope: '79' });
    expect(await a.organizers.setScope('nobody', '79')).toBe(false);
  });

  it("keeps every change of the deployment's identity with who made it; the newest is in force everywhere", async () => {
    const db = await database.open();
    const [a, b] = [await db.instance(), await db.instance()];
    expect(await b.identity.current()).toBeUndefined();
    const first = {
      unit: 'Công an phường Chợ Quán',
      area: 'Phường Chợ Quán, TP. Hồ Chí Minh',
      hotlines: [{ number: '028 3855 1234', label: 'Trực ban' }],
    };
    await a.identity.record({ identity: first, by: 'admin', at: '2026-12-01T01:00:00.000Z' });
    await a.identity.record({
      identity: { ...first, unit: 'Đoàn Thanh niên phường Chợ Quán', hotlines: [] },
      by: 'cli',
      at: '2026-12-01T02:00:00.000Z',
    });
    expect(await b.identity.current()).toEqual({
      identity: { ...first, unit: 'Đoàn Thanh niên phường Chợ Quán', hotlines: [] },
      by: 'cli',
      at: '2026-12-01T02:00:00.000Z',
    });
    expect((await b.identity.history(10)).map((c) => [c.by, c.identity.unit])).toEqual([
      ['cli', 'Đoàn Thanh niên phường Chợ Quán'],
      ['admin', 'Công an phường Chợ Quán'],
    ]);
    expect(await b.identity.history(1)).toHaveLength(1);
  });
});
