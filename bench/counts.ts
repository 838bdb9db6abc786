import { existsSync, readFileSync } from 'node:fs';
import { serveArgs } from '../test/e2e/support/serve-command';
import { loadavg } from 'node:os';
import type { Counter } from '../src/core/counts/batch';
import { summarize } from '../src/server/dashboard-api/summary';
import { openSqlite } from '../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../src/server/storage/sqlite-count-store';
import type { CountStore } from '../src/server/storage/count-store';
import { percentile, runLoad } from './counts-load';
import { YEAR_START, inScratchFolder, lastDayOf, selectRows, withScratchCountStore } from './scratch';
import { spawnServer, stopServer } from './server-process';

export interface CountsBenchOptions {
  /** Measured seconds of ingest load (after 2 s of warm-up). */
  seconds?: number;
  connections?: number;
  /** Size of the synthetic year for the dashboard queries. */
  communes?: number;
  days?: number;
}

const ms = (n: number) => `${n.toFixed(1)} ms`;
/** 50 counters as a busy device sends them: one day and place, a realistic mix of events. */
export function countersFor(device: number, day: string): Counter[] {
  const locality = `${String(1 + (device % 34)).padStart(2, '0')}-${String(device % 3300).padStart(5, '0')}`;
  const source = `poster-${device % 40}`;
  const mix: [Counter['event'], string | undefined][] = [
    ['checker_start', undefined],
    ...['activate-now', 'level2-police', 'wait-approval', 'sim-not-own', 'no-chip-card', 'child', 'no-smartphone', 'foreign'].map(
      (o) => ['checker_outcome', o] as [Counter['event'], string],
    ),
    ...['activate', 'install', 'register-level1', 'level2-police'].map((t) => ['tutorial_start', t] as [Counter['event'], string]),
    ['tutorial_finish', 'activate'],
    ['tutorial_finish', 'install'],
    ...Array.from({ length: 20 }, (_, k) => ['tutorial_step_done', `activate/s${k}`] as [Counter['event'], string]),
    ...['activate/otp', 'activate/password', 'register-level1/nfc'].map((st) => ['tutorial_stuck', st] as [Counter['event'], string]),
    ...['home', 'checker', 'guides', 'guide', 'guideStep', 'places', 'place', 'privacy'].map(
      (r) => ['screen_open', r] as [Counter['event'], string],
    ),
    ['point_search', 'gps'],
    ['point_search', 'text'],
    ['link_opened', undefined],
    ['share_shown', 'checker'],
  ];
  return mix.map(([event, param], k) => {
    const c: Counter = { day, locality, channel: 'phone', source, version: '0.1.0', event, n: 1 + ((device + k) % 4) };
    if (param) c.param = param;
    return c;
  });
}

export interface IngestSetup {
  label: string;
  /** Environment of each server instance (one entry per instance); PORT and HOST are added. */
  instances: NodeJS.ProcessEnv[];
  /** The counts the database holds after the run (to compare with what was acknowledged); none for the bare server. */
  storedCounts?(): Promise<number>;
  /** Node arguments of the server (default: `npm run serve`'s, the compiled collector). */
  serverArgs?: string[];
}

export interface IngestResult {
  label: string;
  batchesPerSecond: number;
  p50: number;
  p99: number;
  /** Load average (1 min) at the end of the measured run. */
  load: number;
  /** Server CPU time (all its threads) per acknowledged batch, in µs. */
  cpuUsPerBatch: number;
  /** The same, of the main thread alone (HTTP, checks); the rest is the SQLite worker, GC and I/O helpers. */
  mainCpuUsPerBatch: number;
  /** The load generator's CPU (this process) per request sent, in µs. */
  generatorCpuUsPerRequest: number;
}

/** CPU time (user + system) in ms (Linux /proc): every thread of a process (`stat`), or one (`task/<tid>/stat`). */
function cpuMs(pid: number, thread?: number): number {
  const file = thread === undefined ? `/proc/${pid}/stat` : `/proc/${pid}/task/${thread}/stat`;
  const fields = readFileSync(file, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in clock ticks (USER_HZ = 100)
}

/**
 * Behind-a-proxy mode: each simulated device has its own address, so the per-client rate limit
 * (which stays on) sees many devices, as in the field. BENCH_PROF=<folder> writes a CPU profile.
 */
const startServer = (env: NodeJS.ProcessEnv, args?: string[]) =>
  spawnServer(
    { ORGANIZER_NAME: '', ORGANIZER_PASSWORD: '', TRUST_PROXY: '1', ...env },
    process.env.BENCH_PROF ? ['--cpu-prof', '--cpu-prof-dir=' + process.env.BENCH_PROF] : [],
    args,
  );

/** Ingest through the real server (`npm run serve`'s), one or more instances, `connections` in all. */
export async function benchIngest(setup: IngestSetup, seconds: number, connections: number): Promise<IngestResult> {
  if (!existsSync('dist/index.html')) throw new Error('No dist/index.html: run `npm run build` first.');
  const servers: Awaited<ReturnType<typeof startServer>>[] = [];
  try {
    // BENCH_SERVER=<script>: another build of the collector in its place (an A/B comparison).
    const args =
      setup.serverArgs ??
      (process.env.BENCH_SERVER ? [...serveArgs().filter((a) => a.startsWith('-')), process.env.BENCH_SERVER] : undefined);
    for (const env of setup.instances) servers.push(await startServer(env, args));
    const day = new Date().toISOString().slice(0, 10);
    const bodies = Array.from({ length: 997 }, (_, d) => JSON.stringify(countersFor(d, day)));
    const totals = bodies.map((b) => (JSON.parse(b) as Counter[]).reduce((s, c) => s + c.n, 0));
    const runId = Date.now().toString(36);
    let stored = 0;
    const k = servers.length;
    // Instance i sends sequence numbers i, i + k, i + 2k...: every batch id once in all.
    const body = (seq: number) => ({
      // Base 36 after a dash: never a run of 8 digits, which the collector refuses (a phone number?).
      text: `{"batchId":"bench-${runId}-${seq.toString(36)}","counters":${bodies[seq % bodies.length]}}`,
      headers: {
        'content-type': 'application/json',
        'x-forwarded-for': `10.${(seq >> 16) & 255}.${(seq >> 8) & 255}.${seq & 255}`,
      },
    });
    const load = (phase: number, secs: number) =>
      Promise.all(
        servers.map((s, i) => {
          const seqOf = (n: number) => phase + (n * k + i);
          return runLoad({
            url: `${s.base}/api/counts`,
            connections: Math.max(1, Math.round(connections / k)),
            seconds: secs,
            body: (n) => body(seqOf(n)),
            onOk: (n) => (stored += totals[seqOf(n) % bodies.length]!),
          });
        }),
      );
    await load(0, 2); // warm-up
    const cpuBefore = servers.map((s) => cpuMs(s.child.pid!));
    const mainBefore = servers.map((s) => cpuMs(s.child.pid!, s.child.pid!));
    const generatorBefore = process.cpuUsage();
    const runs = await load(1e8, seconds);
    // The load generator runs on the same cores: its own CPU per request says how much it takes from the servers.
    const generator = process.cpuUsage(generatorBefore);
    // CPU time of the server processes (every thread) per acknowledged batch: moves far less with
    // the machine's load than batches/s does.
    const cpu = servers.reduce((sum, s, i) => sum + cpuMs(s.child.pid!) - cpuBefore[i]!, 0);
    const mainCpu = servers.reduce((sum, s, i) => sum + cpuMs(s.child.pid!, s.child.pid!) - mainBefore[i]!, 0);
    const loadNow = loadavg()[0]!;
    const ok = runs.reduce((s, r) => s + r.ok, 0);
    const secs = Math.max(...runs.map((r) => r.seconds));
    const latencies = runs.flatMap((r) => r.latenciesMs);
    const statuses: Record<number, number> = {};
    for (const r of runs) for (const [st, n] of Object.entries(r.statuses)) statuses[Number(st)] = (statuses[Number(st)] ?? 0) + n;
    for (const s of servers) await stopServer(s.child);
    const counts = setup.storedCounts ? await setup.storedCounts() : null;
    const result: IngestResult = {
      label: setup.label,
      batchesPerSecond: ok / secs,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      load: loadNow,
      cpuUsPerBatch: (cpu * 1000) / Math.max(1, ok),
      mainCpuUsPerBatch: (mainCpu * 1000) / Math.max(1, ok),
      generatorCpuUsPerRequest:
        (generator.user + generator.system) /
        Math.max(
          1,
          runs.reduce((s, r) => s + r.sent, 0),
        ),
    };
    const check = counts === null ? 'nothing stored' : `stored ${counts === stored ? 'equal to' : 'DIFFERENT from'} acknowledged`;
    console.log(
      `  ${setup.label.padEnd(28)} ${String(Math.round(result.batchesPerSecond)).padStart(6)} batches/s, p50 ${ms(result.p50)}, p99 ${ms(result.p99)}, ${Math.round(result.cpuUsPerBatch)} µs CPU/batch (main thread ${Math.round(result.mainCpuUsPerBatch)}), load generator ${Math.round(result.generatorCpuUsPerRequest)} µs/request, load ${loadNow.toFixed(2)}` +
        ` | ${ok.toLocaleString('en-US')} batches in ${secs.toFixed(1)} s, statuses ${JSON.stringify(statuses)}, ${check}`,
    );
    return result;
  } finally {
    for (const s of servers) if (s.child.exitCode === null && s.child.signalCode === null) s.child.kill('SIGKILL');
  }
}

/** Ingest on the default store: SQLite in a temporary DATA_DIR, one instance. */
export async function benchIngestSqlite(seconds: number, connections: number): Promise<IngestResult> {
  return inScratchFolder('bench-counts-', (dataDir) =>
    benchIngest(
      {
        label: 'SQLite, one instance',
        instances: [{ DATA_DIR: dataDir }],
        storedCounts: async () => {
          const check = new SqliteCountStore(openSqlite(dataDir));
          const { counts } = await check.grandTotal();
          await check.close();
          return counts;
        },
      },
      seconds,
      connections,
    ),
  );
}

/** The framework's ceiling: a bare @hono/node-server app on the same path (bench/bare-hono.mjs), the same load. */
export function benchIngestBareHono(seconds: number, connections: number): Promise<IngestResult> {
  return benchIngest({ label: 'bare Hono (no work)', instances: [{}], serverArgs: ['bench/bare-hono.mjs'] }, seconds, connections);
}

/**
 * The collector (SQLite, one instance) and the bare Hono server one after the other, same load
 * generator and connections, and the collector's share of the bare server's rate (goal ≥ 0.3).
 */
export async function benchIngestBeside(seconds: number, connections: number): Promise<void> {
  const collector = await benchIngestSqlite(seconds, connections);
  const bare = await benchIngestBareHono(seconds, connections);
  console.log(
    `  => ${connections} connections (CPU per batch ${Math.round(collector.cpuUsPerBatch)} µs vs ${Math.round(bare.cpuUsPerBatch)} µs): collector ${Math.round(collector.batchesPerSecond)} / bare Hono ${Math.round(bare.batchesPerSecond)} batches/s = ${(collector.batchesPerSecond / bare.batchesPerSecond).toFixed(2)} of the framework's ceiling (goal ≥ 0.3); p99 ${ms(collector.p99)} vs ${ms(bare.p99)}`,
  );
}

/** 20 (event, param) pairs a real year would hold, the funnel's among them. */
export const EVENTS: [string, string][] = [
  ['checker_start', ''],
  ['checker_outcome', 'activate-now'],
  ['checker_outcome', 'level2-police'],
  ['checker_outcome', 'wait-approval'],
  ['tutorial_start', 'activate'],
  ['tutorial_finish', 'activate'],
  ['tutorial_start', 'install'],
  ['tutorial_finish', 'install'],
  ['tutorial_step_done', 'activate/otp'],
  ['tutorial_stuck', 'activate/otp'],
  ['tutorial_stuck', 'register-level1/nfc'],
  ['screen_open', 'home'],
  ['screen_open', 'checker'],
  ['screen_open', 'places'],
  ['point_search', 'gps'],
  ['point_directions', ''],
  ['share_shown', 'checker'],
  ['link_opened', ''],
  ['volunteer_tally', 'activated-level1'],
  ['kiosk_session_start', ''],
];

/** Part 2: dashboard queries over a year of a whole country (synthetic, in a temporary database). */
async function benchDashboard(communes: number, days: number): Promise<void> {
  await withScratchCountStore('bench-dashboard-', async (db, store) => {
    const t0 = performance.now();
    const events = selectRows(EVENTS, ['event', 'param']);
    db.exec(`WITH RECURSIVE c(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM c WHERE j < ${communes - 1}),
      d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < ${days - 1}), e AS (${events})
      INSERT INTO counts (locality, day, channel, source, version, event, param, hour, n)
      SELECT printf('%02d-%05d', 1 + j % 34, j), date('2025-01-01', '+' || i || ' days'), 'phone', '', '0.1.0', e.event, e.param, -1,
        1 + abs((j * 7 + i * 13 + length(e.event || e.param)) % 20)
      FROM c, d, e`);
    const loadMs = performance.now() - t0;
    const t1 = performance.now();
    store.rebuildSums();
    const sumsMs = performance.now() - t1;
    const rows = (db.prepare('SELECT COUNT(*) AS n FROM counts').get() as { n: number }).n;
    console.log(
      `  data: ${rows.toLocaleString('en-US')} counters (${days} days × ${communes.toLocaleString('en-US')} communes × ${EVENTS.length} events), loaded in ${(loadMs / 1000).toFixed(1)} s, sums built in ${(sumsMs / 1000).toFixed(1)} s`,
    );
    await dashboardQueries(store, days);
  });
}

/** The dashboard's questions over a year of data, timed (the same list for every database). */
export async function dashboardQueries(store: CountStore, days: number): Promise<void> {
  const from = YEAR_START;
  const to = lastDayOf(days);
  const queries: [string, () => Promise<unknown>][] = [
    ['summary, whole country, whole year', () => summarize(store, { from, to })],
    ['table by place, whole country, whole year', () => store.placeTotals({ from, to })],
    ['table by place, 2025-03-15..2025-06-10', () => store.placeTotals({ from: '2025-03-15', to: '2025-06-10' })],
    ['summary, one province, whole year', () => summarize(store, { from, to, locality: '79' })],
    ['summary, one commune, whole year', () => summarize(store, { from, to, locality: '01-00034' })],
    ['daily-report rows, whole country, one day', () => store.placeDays({ from: to, to })],
    ['daily report by locality, country, one month', () => store.localityTotals({ from: '2025-06-01', to: '2025-06-30' })],
  ];
  for (const [name, run] of queries) {
    const times: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      await run();
      times.push(performance.now() - t);
    }
    console.log(`  ${name.padEnd(46)} median ${ms(percentile(times, 50))}, max ${ms(Math.max(...times))} (target < 300 ms)`);
  }
}

/** `npm run bench` (bench/run.ts): the counts collector's ingest rate and the dashboard's queries. */
export async function benchCounts(options: CountsBenchOptions = {}): Promise<void> {
  const seconds = options.seconds ?? 10;
  const connections = options.connections ?? 32;
  console.log(`  ingest, 50-counter batches, ${connections} connections (2 shared cores: the load generator runs beside the servers)`);
  await benchIngestBeside(seconds, connections);
  const { benchPostgres } = await import('./counts-postgres');
  await benchPostgres({ seconds, connections, communes: options.communes ?? 3_300, days: options.days ?? 365 });
  console.log(`  (load average ${loadavg()[0]!.toFixed(2)} at the end)`);
  console.log('  dashboard on SQLite:');
  await benchDashboard(options.communes ?? 3_300, options.days ?? 365);
}
