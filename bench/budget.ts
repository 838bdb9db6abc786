import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** One TCP round trip (10 segments of 1,460 bytes): what the first screen may weigh, gzip. */
export const CRITICAL_PATH_BUDGET = 14_600;
/** Everything precached for offline use, gzip. */
export const PRECACHE_BUDGET = 250_000;

export const gzipBytes = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;

export interface BuildSizes {
  criticalPath: { file: string; gzip: number }[];
  criticalPathTotal: number;
  lazyChunks: { file: string; gzip: number }[];
  precache: { file: string; gzip: number }[];
  precacheTotal: number;
}

/**
 * Measures a production build as the server sends it (gzip level 9, see src/server/static-files.ts).
 * The critical path is what the first paint needs: index.html, its stylesheets, its entry script
 * and everything the entry imports statically (modulepreload links).
 */
export function measureBuild(distDir = 'dist'): BuildSizes {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No build in ${distDir}: run \`npm run build\` first.`);
  const html = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = [
    ...html.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="(?:stylesheet|modulepreload)"/g),
  ].map((m) => (m[1] ?? '').replace(/^\//, ''));
  const critical = ['index.html', ...new Set(refs)];
  const criticalPath = critical.map((file) => ({ file, gzip: gzipBytes(readFileSync(join(distDir, file))) }));

  const assets = readdirSync(join(distDir, 'assets')).filter((f) => f.endsWith('.js') || f.endsWith('.css'));
  const lazyChunks = assets
    .map((f) => `assets/${f}`)
    .filter((f) => !critical.includes(f))
    .map((file) => ({ file, gzip: gzipBytes(readFileSync(join(distDir, file))) }))
    .sort((a, b) => b.gzip - a.gzip);

  const precache = precacheList(distDir).map((file) => ({ file, gzip: gzipBytes(readFileSync(join(distDir, file))) }));
  return {
    criticalPath,
    criticalPathTotal: criticalPath.reduce((s, f) => s + f.gzip, 0),
    lazyChunks,
    precache,
    precacheTotal: precache.reduce((s, f) => s + f.gzip, 0) + gzipBytes(readFileSync(join(distDir, 'sw.js'))),
  };
}

/** The URLs the service worker precaches, read from the built sw.js (what really gets stored). */
export function precacheList(distDir = 'dist'): string[] {
  const sw = readFileSync(join(distDir, 'sw.js'), 'utf8');
  const urls = [...sw.matchAll(/"url":"([^"]+)"/g)].map((m) => m[1] ?? '');
  if (urls.length === 0) throw new Error('No precache manifest found in dist/sw.js');
  return urls.map((u) => u.replace(/^\//, ''));
}

/** Every file in the build, relative, for checks that something is (not) precached. */
export function buildFiles(distDir = 'dist'): string[] {
  const out: string[] = [];
  const walk = (d: string) =>
    readdirSync(d).forEach((n) =>
      statSync(join(d, n)).isDirectory() ? walk(join(d, n)) : out.push(relative(distDir, join(d, n)).split(sep).join('/')),
    );
  walk(distDir);
  return out;
}
