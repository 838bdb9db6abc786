import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { toCounter, validateCountBatch, type CounterRow } from '../src/core/counts/batch';
import { addDays } from '../src/core/counts/dimensions';
import { COUNT_LIMITS, isBatchId } from '../src/core/counts/limits';
import { PLACE_METRICS } from '../src/core/counts/metrics';
import { NearestIndex } from '../src/core/points/nearest';
import { PLACE_YEAR_FROM_DAYS, localityPlaceSumsQuery, presentPlacesQuery } from '../src/server/storage/active-days-sql';
import { toPostgres } from '../src/server/storage/count-sql';
import { localitiesOf, type PresentPlace } from '../src/server/storage/place-page';
import { openSqlite } from '../src/server/storage/sqlite-db';
import { migratePostgres, openPostgresPool } from '../src/server/storage/postgres-db';
import { PostgresCountStore } from '../src/server/storage/postgres-count-store';
import type { CountFilter } from '../src/server/storage/count-store';
import { startPostgres } from '../test/support/postgres-cluster';
import { seededRandom } from '../test/support/seeded-random';
import { percentile, runLoad } from './counts-load';
import { EVENTS, benchIngestBeside, countersFor } from './counts';
import { lastDayOf, selectRows } from './scratch';
import { spawnServer, stopServer } from './server-process';
import { serveArgs } from '../test/e2e/support/serve-command';
import { pointInMainland, syntheticPoints } from './synthetic-points';

/**
 * Issue 17's remaining figures, each on its own (`npx tsx bench/scale.ts <part>`, or all):
 * - batch: the largest batch a device can build fits the collector's 64 KB;
 * - p99: ingest at 128 connections (SQLite, one instance), beside a bare Hono server;
 * - ingest: the same at 32 and 128 connections (only when named);
 * - soak: RSS of the server over a long ingest run (SOAK_SECONDS, default 480);
 * - dashboard: every dashboard answer at 10× the bench's data, over HTTP, compressed; the month CSV streamed;
 * - nearest: nearest-10 at 1,000,000 points, the worst case (Trường Sa, far from every point).
 */
const load = () =>
  `load ${loadavg()
    .map((x) => x.toFixed(2))
    .join(' ')}`;
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

/** The largest batch a device can build: 200 counters, every field at its longest. */
export function benchBatchSize(): void {
  const id = (n: number) => 'a'.repeat(n);
  const step = `${id(48)}/${id(48)}`;
  const rows: CounterRow[] = Array.from({ length: COUNT_LIMITS.deviceBatchSize }, (_, i) => ({
    day: '2026-12-31',
    hour: 23,
    locality: '96-99999',
    channel: 'kiosk', // the only channel with an hour
    source: id(22) + String.fromCharCode(97 + (i % 26), 97 + Math.floor(i / 26)),
    version: '100.100.1000-abcdefghijklmnop',
    event: 'tutorial_step_done',
    param: step,
    n: COUNT_LIMITS.maxCount,
  }));
  const batchId = 'A'.repeat(64);
  if (!isBatchId(batchId)) throw new Error('bad batch id');
  const body = JSON.stringify({ batchId, counters: rows.map(toCounter) });
  const check = validateCountBatch(JSON.parse(body), '2026-12-31');
  if (!check.ok) throw new Error(`not a valid batch: ${JSON.stringify(check.problems.slice(0, 3))}`);
  const bytes = Buffer.byteLength(body);
  console.log(
    `  largest device batch: ${rows.length} counters, every field at its longest: ${bytes.toLocaleString('en-US')} B of ${COUNT_LIMITS.maxBatchBytes.toLocaleString('en-US')} B (${bytes <= COUNT_LIMITS.maxBatchBytes ? 'fits' : 'DOES NOT FIT'})`,
  );
}

function rssKb(pid: number, field = 'VmRSS'): number {
  const m = new RegExp(`${field}:\\s+(\\d+) kB`).exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) : NaN;
}

/**
 * The server as `npm run serve` starts it (compiled, its heap cap included), behind a proxy as in
 * the field. BENCH_SERVER=<script>: another build in its place, with the same flags (an A/B).
 */
function startServer(env: NodeJS.ProcessEnv): ReturnType<typeof spawnServer> {
  const other = process.env.BENCH_SERVER;
  const args = other ? [...serveArgs().filter((a) => a.startsWith('-')), other] : undefined;
  return spawnServer({ TRUST_PROXY: '1', ...env }, [], args);
}

/** A long ingest run against one SQLite instance; the server's RSS sampled along the way. */
export async function benchSoak(seconds = Number(process.env.SOAK_SECONDS ?? 480), connections = 32): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('No dist/index.html: run `npm run build` first.');
  const dir = mkdtempSync(join(tmpdir(), 'bench-soak-'));
  const { base, child } = await startServer({ DATA_DIR: dir, ORGANIZER_NAME: '', ORGANIZER_PASSWORD: '' });
  try {
    const day = new Date().toISOString().slice(0, 10);
    const bodies = Array.from({ length: 997 }, (_, d) => JSON.stringify(countersFor(d, day)));
    const runId = Date.now().toString(36);
    const body = (seq: number) => ({
      text: `{"batchId":"soak-run-${runId}-${seq.toString(36)}","counters":${bodies[seq % bodies.length]}}`,
      headers: { 'content-type': 'application/json', 'x-forwarded-for': `10.${(seq >> 16) & 255}.${(seq >> 8) & 255}.${seq & 255}` },
    });
    const pid = child.pid!;
    const startRss = rssKb(pid);
    let sent = 0;
    let ok = 0;
    const samples: { t: number; batches: number; rss: number }[] = [];
    const slice = 30;
    const t0 = performance.now();
    console.log(`  soak: ${seconds} s at ${connections} connections, one SQLite instance; RSS at start ${mb(startRss)} (${load()})`);
    while ((performance.now() - t0) / 1000 < seconds) {
      const r = await runLoad({ url: `${base}/api/counts`, connections, seconds: slice, body: (n) => body(sent + n) });
      sent += r.sent;
      ok += r.ok;
      samples.push({ t: (performance.now() - t0) / 1000, batches: ok, rss: rssKb(pid) });
      const s = samples[samples.length - 1]!;
      console.log(
        `    ${s.t.toFixed(0).padStart(5)} s: ${ok.toLocaleString('en-US').padStart(10)} batches acknowledged, RSS ${mb(s.rss)} (anonymous ${mb(rssKb(pid, 'RssAnon'))}, file ${mb(rssKb(pid, 'RssFile'))}, shared ${mb(rssKb(pid, 'RssShmem'))}), statuses ${JSON.stringify(r.statuses)}`,
      );
    }
    const rssValues = samples.map((s) => s.rss);
    const half = rssValues.slice(Math.floor(rssValues.length / 2));
    console.log(
      `  soak: ${ok.toLocaleString('en-US')} batches in ${((performance.now() - t0) / 1000).toFixed(0)} s; RSS ${mb(startRss)} at start, ${mb(rssValues[rssValues.length - 1]!)} at the end, max ${mb(Math.max(...rssValues))}; second half ${mb(Math.min(...half))}–${mb(Math.max(...half))} (${load()})`,
    );
  } finally {
    await stopServer(child);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** nearest-10 at 1 M synthetic points: random queries, and the worst case far out at sea. */
export function benchNearestMillion(n = 1_000_000): void {
  const rand = seededRandom(2026);
  const points = syntheticPoints(n, rand);
  const t0 = performance.now();
  const index = new NearestIndex(points);
  const buildMs = performance.now() - t0;
  const far: [string, number, number][] = [
    ['Trường Sa (Spratly), 111.92 E', 8.64, 111.92],
    ['Song Tử Tây, 114.33 E', 11.43, 114.33],
    ['Hoàng Sa (Paracel), 112.34 E', 16.53, 112.34],
    ['Côn Đảo', 8.68, 106.6],
    ['Phú Quốc', 10.22, 103.96],
  ];
  const time = (lat: number, lng: number) => {
    for (let i = 0; i < 3; i++) index.nearest(lat, lng, 10);
    const times: number[] = [];
    for (let i = 0; i < 15; i++) {
      const t = performance.now();
      index.nearest(lat, lng, 10);
      times.push(performance.now() - t);
    }
    return { median: percentile(times, 50), max: Math.max(...times) };
  };
  const times: number[] = [];
  for (let q = 0; q < 2000; q++) {
    const { lat, lng } = pointInMainland(rand);
    const t = performance.now();
    index.nearest(lat, lng, 10);
    times.push(performance.now() - t);
  }
  console.log(
    `    2,000 random queries on land            median ${percentile(times, 50).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms, max ${Math.max(...times).toFixed(2)} ms`,
  );

  console.log(`  nearest-10 over ${n.toLocaleString('en-US')} points (index built in ${buildMs.toFixed(0)} ms):`);
  for (const [name, lat, lng] of far) {
    const r = time(lat, lng);
    console.log(`    ${name.padEnd(32)} median ${r.median.toFixed(2)} ms, max ${r.max.toFixed(2)} ms (target < 5 ms)`);
  }
}

/**
 * The dashboard at 10× the bench's year (3,300 communes, 365 days): per commune and day up to 10
 * poster tags on phones, a kiosk in a third of the communes and two volunteer teams in half, more
 * activity where people live (every tenth commune a town). The running sums the dashboard reads are
 * written directly (the raw counts are not read by it). Timed over HTTP through the real server,
 * with gzip accepted, as a browser asks.
 */
export async function benchDashboardTenfold(communes = 3_300, days = 365): Promise<void> {
  if (!existsSync('dist/index.html')) throw new Error('No dist/index.html: run `npm run build` first.');
  // BENCH_DATA_DIR=<folder>: the 10× data kept there and used again by the next run (made when the
  // folder has none; remove it by hand): a change to the server is timed on the same data in minutes.
  const kept = process.env.BENCH_DATA_DIR;
  const dir = kept ?? mkdtempSync(join(tmpdir(), 'bench-dash10-'));
  try {
    if (!kept || !existsSync(join(dir, 'vneid-guide.sqlite'))) makeTenfold(dir, communes, days);
    else console.log(`  10× data: kept in ${dir}`);
    await timeDashboardOverHttp({ DATA_DIR: dir }, days, 'dashboard over HTTP at 10×, gzip accepted');
  } finally {
    if (!kept) rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * The dashboard's answers at 10× over HTTP through the real server started with `env` (its data
 * already made), gzip accepted as a browser asks; medians of 5. Only the answers whose label
 * matches `labels` and DASHBOARD_ONLY=<regular expression>.
 */
async function timeDashboardOverHttp(env: NodeJS.ProcessEnv, days: number, heading: string, labels = /./): Promise<void> {
  const name = 'bench-admin';
  const password = 'mật khẩu bench đủ dài';
  const s = await startServer({ ...env, ORGANIZER_NAME: name, ORGANIZER_PASSWORD: password });
  try {
    const login = await fetch(`${s.base}/api/dashboard/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password }),
    });
    if (login.status !== 200) throw new Error(`login: ${login.status} ${await login.text()}`);
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const last = lastDayOf(days);
    const paths: [string, string][] = [
      ['summary, whole country, whole year', `/api/dashboard/summary?from=2025-01-01&to=${last}`],
      ['table by place, whole country, whole year', `/api/dashboard/places?from=2025-01-01&to=${last}`],
      ['the same, rows 20,001–20,500', `/api/dashboard/places?from=2025-01-01&to=${last}&offset=20000`],
      ['table by place, country, 2025-03-15..06-10', `/api/dashboard/places?from=2025-03-15&to=2025-06-10`],
      ['2025-03-15..06-10, rows 20,001–20,500', `/api/dashboard/places?from=2025-03-15&to=2025-06-10&offset=20000`],
      ['table by place, country, last 30 days', `/api/dashboard/places?from=${addDays(last, -29)}&to=${last}`],
      ['table by place, country, 12 months to 2026-01-15', `/api/dashboard/places?from=2025-01-16&to=2026-01-15`],
      ['table by place, one province, whole year', `/api/dashboard/places?from=2025-01-01&to=${last}&locality=01`],
      ['table by place, one province, 2025-03-15..06-10', `/api/dashboard/places?from=2025-03-15&to=2025-06-10&locality=01`],
      ['table by place, one province, last 30 days', `/api/dashboard/places?from=${addDays(last, -29)}&to=${last}&locality=01`],
      ['table by place, one province, 12 months to 2026-01-15', `/api/dashboard/places?from=2025-01-16&to=2026-01-15&locality=01`],
      ['summary, one commune, whole year', `/api/dashboard/summary?from=2025-01-01&to=${last}&locality=01-00034`],
      ['daily report rows, whole country, one day', `/api/dashboard/report?from=${last}&to=${last}`],
      ['daily report, whole country, one month', `/api/dashboard/report?from=2025-06-01&to=2025-06-30`],
      ['CSV, whole country, one month', `/api/dashboard/export.csv?from=2025-06-01&to=2025-06-30`],
      ['CSV, whole country, one day', `/api/dashboard/export.csv?from=${last}&to=${last}`],
    ];
    console.log(`  ${heading} (${load()}):`);
    // DASHBOARD_ONLY=<regular expression>: time only the answers whose label matches.
    const only = process.env.DASHBOARD_ONLY ? new RegExp(process.env.DASHBOARD_ONLY) : null;
    for (const [label, path] of paths) {
      if (!labels.test(label) || (only && !only.test(label))) continue;
      const runs: { ms: number; firstMs: number; bytes: number; encoding: string; chunked: boolean }[] = [];
      for (let i = 0; i < 5; i++) runs.push(await timedGet(s.base + path, cookie));
      const r = runs[runs.length - 1]!;
      console.log(
        `    ${label.padEnd(52)} median ${percentile(
          runs.map((x) => x.ms),
          50,
        ).toFixed(0)} ms (first byte ${percentile(
          runs.map((x) => x.firstMs),
          50,
        ).toFixed(0)} ms), ${r.bytes.toLocaleString('en-US')} B ${r.encoding}${r.chunked ? ', streamed' : ''} (target < 300 ms; ${load()})`,
      );
    }
  } finally {
    await stopServer(s.child);
  }
}

/** The 10× data in `dir`: the running sums the dashboard reads, written directly by SQL. */
function makeTenfold(dir: string, communes: number, days: number): void {
  const db = openSqlite(dir);
  const t0 = performance.now();
  const m = PLACE_METRICS.map(
    (name, k) => `CASE WHEN (h + ${k * 7}) % 5 = 0 THEN 0 ELSE 1 + (h + ${k * 13}) % (3 + 20 * big) END AS ${name}`,
  );
  const cols = PLACE_METRICS.join(', ');
  db.exec(`WITH RECURSIVE c(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM c WHERE j < ${communes - 1}),
      d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < ${days - 1}),
      s(channel, source, k) AS (
        SELECT 'phone', 'poster-' || k, k FROM (WITH RECURSIVE t(k) AS (SELECT 0 UNION ALL SELECT k + 1 FROM t WHERE k < 9) SELECT k FROM t)
        UNION ALL SELECT 'kiosk', 'ki-ot-1', 10 UNION ALL SELECT 'volunteer', 'to-1', 11 UNION ALL SELECT 'volunteer', 'to-2', 12),
      x AS (SELECT date('2025-01-01', '+' || i || ' days') AS day, printf('%02d-%05d', 1 + j % 34, j) AS locality, channel, source,
              CASE WHEN j % 10 = 0 THEN 1 ELSE 0 END AS big, abs(j * 7919 + i * 104729 + k * 31) AS h, j, k
            FROM c, d, s)
      INSERT INTO place_day (day, locality, channel, source, ${cols})
      SELECT day, locality, channel, source, ${m.join(', ')} FROM x
      WHERE (k < 10 AND (big = 1 OR h % 10 < 8)) OR (k = 10 AND j % 3 = 0) OR (k > 10 AND j % 2 = 0)`);
  db.exec(`INSERT INTO place_month (month, locality, channel, source, ${cols})
      SELECT substr(day, 1, 7), locality, channel, source, ${PLACE_METRICS.map((x) => `SUM(${x})`).join(', ')}
      FROM place_day GROUP BY substr(day, 1, 7), locality, channel, source`);
  db.exec(PLACE_YEAR_FROM_DAYS); // the yearly sums and each place's days with counts (decision 0036)
  const events = selectRows(EVENTS, ['event', 'param']);
  db.exec(`WITH RECURSIVE p(j) AS (SELECT 1 UNION ALL SELECT j + 1 FROM p WHERE j < 34),
      d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < ${days - 1}), e AS (${events}),
      ch(channel) AS (SELECT 'phone' UNION ALL SELECT 'kiosk' UNION ALL SELECT 'volunteer')
      INSERT INTO daily (day, province, channel, event, param, n)
      SELECT date('2025-01-01', '+' || i || ' days'), printf('%02d', j), channel, e.event, e.param, 1 + abs(j * 7 + i * 13 + length(e.event || e.param)) % 900
      FROM p, d, e, ch`);
  for (const [e, p] of [
    ['visit_progress', 'checker_start'],
    ['visit_progress', 'checker_outcome'],
    ['visit_progress', 'activation_start'],
    ['visit_progress', 'activation_finish'],
  ])
    db.exec(`INSERT INTO daily (day, province, channel, event, param, n)
        SELECT day, province, channel, '${e}', '${p}', n FROM daily WHERE event = 'checker_start'`);
  const count = (t: string) => (db.prepare(`SELECT COUNT(*) AS n FROM ${t}`).get() as { n: number }).n.toLocaleString('en-US');
  console.log(
    `  10× data: place_day ${count('place_day')} rows, place_month ${count('place_month')}, daily ${count('daily')} (the bench's year: 1.2 M, 40 k, 248 k), made in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
  );
  db.close();
}

function timedGet(
  url: string,
  cookie: string,
): Promise<{ ms: number; firstMs: number; bytes: number; encoding: string; chunked: boolean }> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const req = request(url, { headers: { cookie, 'accept-encoding': 'gzip, deflate, br' } }, (res) => {
      let bytes = 0;
      let firstMs = NaN;
      res.on('data', (chunk: Buffer) => {
        if (Number.isNaN(firstMs)) firstMs = performance.now() - t;
        bytes += chunk.length;
      });
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`${url}: ${res.statusCode}`));
        resolve({
          ms: performance.now() - t,
          firstMs,
          bytes,
          encoding: String(res.headers['content-encoding'] ?? 'identity'),
          chunked: res.headers['transfer-encoding'] === 'chunked',
        });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * The table by place at 10× on PostgreSQL: the same place_day rows as benchDashboardTenfold, made
 * by SQL in a throwaway local cluster, the monthly and yearly sums (with each place's days with
 * counts) from them; the count store's queries timed (not HTTP), medians of 5.
 */
export async function benchDashboardTenfoldPostgres(communes = 3_300, days = 365): Promise<void> {
  const cluster = await startPostgres();
  try {
    const pool = openPostgresPool(cluster.adminUrl, { max: 2 });
    pool.on('connect', (c) => void c.query('SET statement_timeout = 0'));
    await migratePostgres(pool);
    const t0 = performance.now();
    const m = PLACE_METRICS.map(
      (name, k) => `CASE WHEN (h + ${k * 7}) % 5 = 0 THEN 0 ELSE 1 + (h + ${k * 13}) % (3 + 20 * big) END AS ${name}`,
    );
    const cols = PLACE_METRICS.join(', ');
    await pool.query(`WITH s(channel, source, k) AS (
        SELECT 'phone', 'poster-' || k, k FROM generate_series(0, 9) k
        UNION ALL SELECT 'kiosk', 'ki-ot-1', 10 UNION ALL SELECT 'volunteer', 'to-1', 11 UNION ALL SELECT 'volunteer', 'to-2', 12),
      x AS (SELECT to_char(date '2025-01-01' + i, 'YYYY-MM-DD') AS day, lpad((1 + j % 34)::text, 2, '0') || '-' || lpad(j::text, 5, '0') AS locality,
              channel, source, CASE WHEN j % 10 = 0 THEN 1 ELSE 0 END AS big, abs(j::bigint * 7919 + i * 104729 + k * 31) AS h, j, k
            FROM generate_series(0, ${communes - 1}) j, generate_series(0, ${days - 1}) i, s)
      INSERT INTO place_day (day, locality, channel, source, ${cols})
      SELECT day, locality, channel, source, ${m.join(', ')} FROM x
      WHERE (k < 10 AND (big = 1 OR h % 10 < 8)) OR (k = 10 AND j % 3 = 0) OR (k > 10 AND j % 2 = 0)
      ORDER BY day, locality, channel, source`);
    await pool.query(`INSERT INTO place_month (month, locality, channel, source, ${cols})
      SELECT substr(day, 1, 7), locality, channel, source, ${PLACE_METRICS.map((x) => `SUM(${x})`).join(', ')}
      FROM place_day GROUP BY substr(day, 1, 7), locality, channel, source`);
    await pool.query(PLACE_YEAR_FROM_DAYS);
    await pool.query('VACUUM ANALYZE');
    const count = async (t: string) => Number((await pool.query(`SELECT COUNT(*) AS n FROM ${t}`)).rows[0].n).toLocaleString('en-US');
    console.log(
      `  10× data on PostgreSQL: place_day ${await count('place_day')} rows, place_month ${await count('place_month')}, place_year ${await count('place_year')}, made in ${((performance.now() - t0) / 1000).toFixed(0)} s`,
    );
    const store = new PostgresCountStore(pool, false);
    const last = lastDayOf(days);
    const cases: [string, CountFilter, number][] = [
      ['whole country, whole year', { from: '2025-01-01', to: last }, 0],
      ['whole country, 2025-03-15..06-10', { from: '2025-03-15', to: '2025-06-10' }, 0],
      ['the same, rows 20,001–20,500', { from: '2025-03-15', to: '2025-06-10' }, 20_000],
      ['whole country, last 30 days', { from: addDays(last, -29), to: last }, 0],
      ['whole country, 12 months to 2026-01-15', { from: '2025-01-16', to: '2026-01-15' }, 0],
      ['one province, 2025-03-15..06-10', { from: '2025-03-15', to: '2025-06-10', locality: '01' }, 0],
      ['one province, last 30 days', { from: addDays(last, -29), to: last, locality: '01' }, 0],
      ['one province, 12 months to 2026-01-15', { from: '2025-01-16', to: '2026-01-15', locality: '01' }, 0],
    ];
    // BENCH_EXPLAIN=<label>: PostgreSQL's plans (EXPLAIN ANALYZE) for that case's queries first.
    for (const [label, f, offset] of cases.filter(([label]) => label === process.env.BENCH_EXPLAIN)) {
      const page = { limit: 500, offset };
      const present = presentPlacesQuery(f, page);
      const localities = localitiesOf((await pool.query(toPostgres(present.sql), present.args)).rows as PresentPlace[]);
      for (const q of [present, localityPlaceSumsQuery(f, localities)!]) {
        const plan = await pool.query(`EXPLAIN (ANALYZE, BUFFERS) ${toPostgres(q.sql)}`, q.args);
        console.log(`  ${label}:\n${plan.rows.map((r: Record<string, string>) => `    ${r['QUERY PLAN']}`).join('\n')}`);
      }
    }
    console.log(`  the table by place on PostgreSQL at 10×, the store's queries (${load()}):`);
    for (const [label, f, offset] of cases) {
      const times: number[] = [];
      let rows = 0;
      let total = 0;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        const page = await store.placePage(f, { limit: 500, offset });
        times.push(performance.now() - t);
        rows = page.rows.length;
        total = page.total;
      }
      console.log(
        `    ${label.padEnd(44)} median ${percentile(times, 50).toFixed(0)} ms, ${rows} rows of ${total.toLocaleString('en-US')} (target < 300 ms; ${load()})`,
      );
    }
    await pool.end();
    // The same answers through the real server on this cluster (DATABASE_URL). The daily sums the
    // summaries read are not made here: the table by place, the daily report and the CSV only.
    const dir = mkdtempSync(join(tmpdir(), 'bench-dash10-pg-'));
    try {
      const heading = 'the dashboard on PostgreSQL at 10× over HTTP, gzip accepted';
      await timeDashboardOverHttp(
        { DATABASE_URL: cluster.adminUrl, DATA_DIR: dir },
        days,
        heading,
        /^(table|the same|2025-03|daily report|CSV)/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  } finally {
    cluster.stop();
  }
}

/** Ingest at 128 connections on SQLite, one instance (target p99 < 50 ms). */
export async function benchIngest128(): Promise<void> {
  console.log(`  ingest at 128 connections, beside a bare Hono server (${load()})`);
  await benchIngestBeside(10, 128);
}

/** The collector beside a bare Hono server at 32 and 128 connections (`npx tsx bench/scale.ts ingest`). */
export async function benchIngestSideBySide(): Promise<void> {
  for (const connections of [32, 128]) await benchIngestBeside(10, connections);
}

const parts: Record<string, () => Promise<void> | void> = {
  batch: benchBatchSize,
  nearest: () => benchNearestMillion(),
  p99: () => benchIngest128(),
  ingest: () => benchIngestSideBySide(),
  dashboard: () => benchDashboardTenfold(),
  'dashboard-pg': () => benchDashboardTenfoldPostgres(),
  soak: () => benchSoak(),
};

if (process.argv[1]?.endsWith('scale.ts')) {
  const only = process.argv.slice(2);
  for (const [name, run] of Object.entries(parts)) {
    if (only.length ? !only.includes(name) : name === 'ingest') continue; // p99 covers 128 when all run
    console.log(`== ${name} (${new Date().toISOString().slice(11, 19)} UTC, ${load()}) ==`);
    await run();
  }
}
