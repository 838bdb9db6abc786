import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { brotliBytes, gzipFor } from '../src/server/static-files';

/** One TCP round trip (10 segments of 1,460 bytes): what the first screen may weigh, gzip. */
export const CRITICAL_PATH_BUDGET = 14_600;
/** Everything precached for offline use, gzip. */
export const PRECACHE_BUDGET = 250_000;

export const gzipBytes = (buf: Buffer | string) => gzipSync(buf, { level: 9 }).length;
/** The gzip the server sends for a built file: the build's Zopfli `.gz` when there is one, else level 9. */
export function servedGzipBytes(distDir: string, file: string): number {
  const gz = join(distDir, `${file}.gz`);
  return gzipFor(readFileSync(join(distDir, file)), existsSync(gz) ? readFileSync(gz) : undefined).length;
}
export const brotliSize = (buf: Buffer | string) => brotliBytes(Buffer.from(buf)).length;

export interface BuildSizes {
  criticalPath: { file: string; gzip: number; brotli: number }[];
  criticalPathTotal: number;
  criticalPathBrotli: number;
  lazyChunks: { file: string; gzip: number }[];
  precache: { file: string; gzip: number }[];
  precacheTotal: number;
}

/**
 * Measures a production build as the server sends it (gzip: Zopfli for the first screen's files, else
 * level 9; brotli 11; see
 * src/server/static-files.ts). The critical path is what the first paint needs: index.html, its
 * stylesheets, its entry script, everything named in modulepreload links, and every chunk those
 * scripts import statically (a browser must fetch those before the entry runs).
 */
export function measureBuild(distDir = 'dist'): BuildSizes {
  if (!existsSync(join(distDir, 'index.html'))) throw new Error(`No build in ${distDir}: run \`npm run build\` first.`);
  const critical = ['index.html', ...filesBeforePaint(distDir, readFileSync(join(distDir, 'index.html'), 'utf8'))];
  const criticalPath = critical.map((file) => {
    const body = readFileSync(join(distDir, file));
    return { file, gzip: servedGzipBytes(distDir, file), brotli: brotliSize(body) };
  });

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
    criticalPathBrotli: criticalPath.reduce((s, f) => s + f.brotli, 0),
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

/**
 * The chunks a built script imports statically (`import{a}from"./x.js"`, `import"./x.js"`,
 * `export{a}from"./x.js"`), as dist-relative paths. Dynamic `import(...)` is not followed.
 */
export function staticImports(distDir: string, file: string): string[] {
  const code = readFileSync(join(distDir, file), 'utf8');
  const dir = file.slice(0, file.lastIndexOf('/') + 1);
  const found = [...code.matchAll(/(?:^|[;}\n/])\s*(?:import|export)\s*(?:[\w$*{},\s]+?\s*from\s*)?["'`](\.{1,2}\/[^"'`]+)["'`]/g)];
  return found.map((m) => new URL(m[1]!, `file:///${dir}`).pathname.slice(1));
}

export interface WireFile {
  path: string;
  /** Status line and headers, as they travel (HTTP/1.1). */
  headerBytes: number;
  bodyBytes: number;
  encoding: string;
}

/**
 * What really travels before the first paint of the page at `path`, requested from the running
 * server as a browser would (Accept-Encoding of a current browser, or `gzip, deflate` for one on
 * plain HTTP), status lines and headers counted. The files are those the served page itself needs
 * before it can paint: its stylesheets, and the scripts its head loads (entry, modulepreloads and
 * what they import statically). A pre-rendered page (decisions 0039, 0042) paints from its HTML and
 * stylesheets; its scripts are added after the paint, so they are not on its critical path.
 */
export async function measureFirstRoundTrip(
  baseUrl: string,
  opts: { path?: string; acceptEncoding?: string; acceptLanguage?: string; distDir?: string } = {},
): Promise<{ files: WireFile[]; total: number; prerendered: boolean }> {
  const headers = {
    'accept-encoding': opts.acceptEncoding ?? 'gzip, deflate, br, zstd',
    'accept-language': opts.acceptLanguage ?? 'vi-VN,vi',
  };
  const shell = await fetchRaw(`${baseUrl}${opts.path ?? '/'}`, headers);
  const files: WireFile[] = [{ ...shell.wire, path: opts.path ?? '/' }];
  for (const file of filesBeforePaint(opts.distDir ?? 'dist', shell.text))
    files.push({ ...(await fetchRaw(`${baseUrl}/${file}`, headers)).wire, path: `/${file}` });
  return {
    files,
    total: files.reduce((s, f) => s + f.headerBytes + f.bodyBytes, 0),
    prerendered: shell.text.includes('data-prerendered='),
  };
}

/**
 * The files a page's head makes the browser fetch before it paints: its stylesheets, its scripts
 * and modulepreloads, and every chunk those scripts import statically (fetched before they run).
 */
function filesBeforePaint(distDir: string, html: string): string[] {
  const head = html.slice(0, html.indexOf('</head>'));
  const refs = [
    ...head.matchAll(/<script[^>]+src="([^"]+)"/g),
    ...head.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href="([^"]+)"/g),
    ...head.matchAll(/<link[^>]+href="([^"]+)"[^>]*rel="(?:stylesheet|modulepreload)"/g),
  ].map((m) => (m[1] ?? '').replace(/^\//, ''));
  const files = [...new Set(refs)];
  for (let i = 0; i < files.length; i++) {
    if (files[i]!.endsWith('.js')) for (const dep of staticImports(distDir, files[i]!)) if (!files.includes(dep)) files.push(dep);
  }
  return files;
}

/** One response as it travels (status line, headers, body bytes) and its body as text. */
function fetchRaw(url: string, headers: Record<string, string>): Promise<{ wire: Omit<WireFile, 'path'>; text: string }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers }, (res) => {
      let headerBytes = `HTTP/${res.httpVersion} ${res.statusCode} ${res.statusMessage}\r\n`.length + 2;
      for (let i = 0; i < res.rawHeaders.length; i += 2)
        headerBytes += Buffer.byteLength(`${res.rawHeaders[i]}: ${res.rawHeaders[i + 1]}\r\n`);
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        if (res.statusCode !== 200) return reject(new Error(`${url}: HTTP ${res.statusCode}`));
        const body = Buffer.concat(chunks);
        const encoding = String(res.headers['content-encoding'] ?? 'identity');
        const plain = encoding === 'br' ? brotliDecompressSync(body) : encoding === 'gzip' ? gunzipSync(body) : body;
        resolve({ wire: { headerBytes, bodyBytes: body.length, encoding }, text: plain.toString('utf8') });
      });
    });
    req.on('error', reject);
    req.end();
  });
}
