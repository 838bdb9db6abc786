import { gzipSync } from 'node:zlib';
import { pointsCollection } from '../src/build/content/points';
import { NearestIndex } from '../src/core/points/nearest';
import { seededRandom as random } from '../test/support/seeded-random';
import { pointInMainland, syntheticPoints } from './synthetic-points';

export interface PointsBenchResult {
  points: number;
  queries: number;
  buildMs: number;
  medianMs: number;
  p95Ms: number;
  /** Module name → gzip bytes, for each province's compiled data and the shared modules. */
  gzipBytes: Record<string, number>;
  contentErrors: number;
}

/**
 * `npm run bench`: nearest-10 over 100,000 synthetic points (target: under 5 ms a query in Node;
 * issue 5), and the gzip size of each province's data file as the app downloads it.
 */
export function benchPoints(opts: { points?: number; queries?: number; root?: string } = {}): void {
  const r = measurePoints(opts);
  const print = (line: string) => process.stdout.write(`${line}\n`);
  print(`points: nearest-10 over ${r.points.toLocaleString('en')} synthetic points, ${r.queries} queries`);
  print(`  index build ${r.buildMs.toFixed(1)} ms; query median ${r.medianMs.toFixed(3)} ms, p95 ${r.p95Ms.toFixed(3)} ms (target < 5 ms)`);
  if (r.contentErrors) print(`  content has ${r.contentErrors} errors: sizes not measured`);
  for (const [name, bytes] of Object.entries(r.gzipBytes)) print(`  ${name.padEnd(36)} ${String(bytes).padStart(7)} B gzip`);
}

/** The figures benchPoints prints, for a test or a budget check. */
export function measurePoints(opts: { points?: number; queries?: number; root?: string } = {}): PointsBenchResult {
  const n = opts.points ?? 100_000;
  const q = opts.queries ?? 2_000;
  const rand = random(2026);
  const points = syntheticPoints(n, rand);

  const t0 = performance.now();
  const index = new NearestIndex(points);
  const buildMs = performance.now() - t0;

  const queries = Array.from({ length: q }, () => pointInMainland(rand));
  for (const { lat, lng } of queries.slice(0, 200)) index.nearest(lat, lng, 10); // warm up the JIT
  const times: number[] = [];
  for (const { lat, lng } of queries) {
    const start = performance.now();
    index.nearest(lat, lng, 10);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const medianMs = times[Math.floor(times.length / 2)] ?? 0;
  const p95Ms = times[Math.floor(times.length * 0.95)] ?? 0;

  const compiled = pointsCollection.compile(opts.root ?? process.cwd());
  const gzipBytes: Record<string, number> = {};
  for (const [name, code] of Object.entries(compiled.modules).sort(([a], [b]) => a.localeCompare(b))) {
    gzipBytes[name] = gzipSync(code, { level: 9 }).length;
  }

  return { points: n, queries: q, buildMs, medianMs, p95Ms, gzipBytes, contentErrors: compiled.errors.length };
}
