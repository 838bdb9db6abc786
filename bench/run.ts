import { execSync } from 'node:child_process';
import { startServer } from '../test/e2e/support/server';
import { CRITICAL_PATH_BUDGET, measureBuild, measureFirstRoundTrip, PRECACHE_BUDGET } from './budget';

/**
 * `npm run bench`: builds for production and prints the figures the issues set targets for.
 * Features add their own benchmarks to the list below (each prints its own figures).
 * `npm run bench -- lighthouse` runs only the benchmarks whose name contains that word (sizes always print).
 */
const only = process.argv[2]?.toLowerCase();
// The whole production build, as `npm start` makes it: the pre-rendered pages and the compiled server
// (dist-server/, which the benches below spawn) included, or Lighthouse would measure another app.
execSync('npm run build', { stdio: ['ignore', 'ignore', 'inherit'] });
const sizes = measureBuild('dist');
const kb = (n: number) => `${n.toLocaleString('en-US')} B`;

console.log('\n== First screen critical path (bodies: gzip as served, Zopfli / brotli 11) ==');
for (const f of sizes.criticalPath) console.log(`  ${f.file.padEnd(48)} ${kb(f.gzip)} / ${kb(f.brotli)}`);
console.log(
  `  TOTAL ${kb(sizes.criticalPathTotal)} gzip / ${kb(sizes.criticalPathBrotli)} brotli; budget ${kb(CRITICAL_PATH_BUDGET)} ${sizes.criticalPathTotal <= CRITICAL_PATH_BUDGET ? 'OK' : 'OVER'}`,
);
{
  // What really travels: status lines and headers too, from the real server (HTTP/1.1).
  const server = await startServer();
  try {
    for (const [label, acceptEncoding] of [
      ['a current browser (br)', 'gzip, deflate, br, zstd'],
      ['plain HTTP (gzip only)', 'gzip, deflate'],
    ] as const) {
      // Pre-rendered (the scripts follow the paint), and with a query that is not (the entry paints it).
      for (const path of ['/', '/?fbclid=IwAR0x']) {
        const wire = await measureFirstRoundTrip(server.url, { path, acceptEncoding });
        const how = wire.prerendered ? 'pre-rendered, scripts after the paint' : 'painted by the entry';
        console.log(`\n  On the wire before ${path} paints (${how}), ${label}: headers + body`);
        for (const f of wire.files) console.log(`    ${f.path.padEnd(46)} ${kb(f.headerBytes)} + ${kb(f.bodyBytes)} ${f.encoding}`);
        console.log(
          `    TOTAL ${kb(wire.total)} / one round trip ${kb(CRITICAL_PATH_BUDGET)} ${wire.total <= CRITICAL_PATH_BUDGET ? 'OK' : 'OVER'}`,
        );
      }
    }
  } finally {
    await server.stop();
  }
}
console.log('\n== Lazy chunks (gzip) ==');
for (const f of sizes.lazyChunks) console.log(`  ${f.file.padEnd(48)} ${kb(f.gzip)}`);
console.log('\n== Precache ==');
console.log(
  `  ${sizes.precache.length} files + sw.js, ${kb(sizes.precacheTotal)} gzip / budget ${kb(PRECACHE_BUDGET)} ${sizes.precacheTotal <= PRECACHE_BUDGET ? 'OK' : 'OVER'}`,
);

const more: { name: string; run: () => Promise<void> | void }[] = [
  {
    name: 'Registration points: nearest-10 over 100,000 points (target < 5 ms) and data sizes',
    run: () => import('./points').then((m) => m.benchPoints()),
  },
  {
    name: 'Lighthouse, mobile: every main route in Vietnamese and English browsers (run it alone on the machine)',
    run: () => import('./lighthouse').then((m) => m.benchLighthouse()),
  },
  {
    name: 'Counts: ingest at 32 connections (target ≥ 2,000 batches/s, p99 < 50 ms) and dashboard queries over a year (target < 300 ms)',
    run: () => import('./counts').then((m) => m.benchCounts()),
  },
  {
    name: 'Scale (issue 17): the largest device batch vs 64 KB, nearest-10 at 1 M points, ingest at 128 connections, the dashboard at 10× over HTTP, a memory soak (SOAK_SECONDS, default 480)',
    run: async () => {
      const m = await import('./scale');
      m.benchBatchSize();
      m.benchNearestMillion();
      await m.benchIngest128();
      await m.benchDashboardTenfold();
      await m.benchSoak();
    },
  },
  {
    name: 'Server cold start: spawn → first 200 on /healthz and RSS, compiled (npm run serve) beside through tsx, medians of 5',
    run: () => import('./cold-start').then((m) => m.benchColdStart()),
  },
  {
    name: 'Daily report: a province of 200 communes over a year of data (target < 300 ms)',
    run: () => import('./daily-report').then((m) => m.benchDailyReport()),
  },
  {
    name: 'Publishing points: province pack of 200 points and 500 sessions (gzip), a 5,000-row spreadsheet validated and published, publish to pack served',
    run: () => import('./publish').then((m) => m.benchPublish()),
  },
];
for (const b of more) {
  if (only && !b.name.toLowerCase().includes(only)) continue;
  console.log(`\n== ${b.name} ==`);
  await b.run();
}
