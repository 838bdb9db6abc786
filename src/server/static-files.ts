import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gunzipSync, gzipSync } from 'node:zlib';

/**
 * The built app, read once at start-up and gzipped once (level 9, or the build's Zopfli `.gz` for
 * the first screen's files), so requests are served from memory: no file-system path is ever built
 * from a URL (no traversal), and the bytes a phone receives are exactly those `npm run bench` measures.
 */
export interface StaticFile {
  body: Buffer;
  gzip: Buffer | null;
  /** Brotli (quality 11), made on the first request that accepts it; null when not compressible. */
  brotli?: Buffer | null;
  type: string;
  etag: string;
  cacheControl: string;
  /** A page policy other than the default one (a pre-rendered page's after-paint loader). */
  csp?: string;
}

// Scripts need no charset: module scripts and service workers are always read as UTF-8, and a
// stylesheet without one takes its page's (UTF-8). 15 B less on each response of the first round trip.
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  // Mermaid diagram source (the rules review, dist/quy-tac): no registered type; plain text shows in the browser.
  '.mmd': 'text/plain; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.mmd']);

/** index.html and the service worker must be revalidated on every visit, or updates never arrive. */
export function cacheControlFor(urlPath: string): string {
  // Content-hashed names. No "public": it matters only for answers to requests with an Authorization header.
  if (urlPath.startsWith('/assets/')) return 'max-age=31536000, immutable';
  if (urlPath.endsWith('.html') || urlPath === '/sw.js' || urlPath.startsWith('/workbox-') || urlPath.endsWith('.webmanifest')) {
    return 'no-cache';
  }
  return 'public, max-age=86400';
}

/**
 * Brotli for browsers that accept it (every current one over HTTPS or on localhost): 10–15% fewer
 * bytes than gzip on the first screen. Made once per file, on first use, so start-up stays quick.
 */
export function brotliOf(file: StaticFile): Buffer | null {
  if (file.brotli === undefined) {
    file.brotli = file.gzip ? brotliBytes(file.body) : null;
  }
  return file.brotli;
}

export const brotliBytes = (body: Buffer): Buffer =>
  brotliCompressSync(body, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
  });

/**
 * The gzip a browser without brotli gets: the build's precompressed copy (Zopfli, see
 * src/build/first-screen-gzip.ts) when it holds exactly this body, else zlib level 9. A stale or
 * broken `.gz` (a file changed after the build) is never served.
 */
export function gzipFor(body: Buffer, precompressed?: Buffer): Buffer {
  if (precompressed) {
    try {
      if (gunzipSync(precompressed).equals(body)) return precompressed;
    } catch {
      // Not gzip: ignored.
    }
  }
  return gzipSync(body, { level: 9 });
}

/** One file as served: its gzip (once), type, ETag and cache policy. */
export function staticFile(urlPath: string, body: Buffer, precompressedGzip?: Buffer): StaticFile {
  const ext = extname(urlPath).toLowerCase();
  return {
    body,
    gzip: COMPRESSIBLE.has(ext) && body.length > 256 ? gzipFor(body, precompressedGzip) : null,
    type: TYPES[ext] ?? 'application/octet-stream',
    etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`,
    cacheControl: cacheControlFor(urlPath),
  };
}

export function loadStaticFiles(distDir: string): Map<string, StaticFile> {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else found.push(full);
    }
  };
  walk(distDir);
  const all = new Set(found);
  const files = new Map<string, StaticFile>();
  for (const full of found) {
    // `x.js.gz` beside `x.js` is x.js's precompressed gzip, not a file of its own.
    if (full.endsWith('.gz') && all.has(full.slice(0, -3))) continue;
    const urlPath = '/' + relative(distDir, full).split(sep).join('/');
    const gz = all.has(`${full}.gz`) ? readFileSync(`${full}.gz`) : undefined;
    files.set(urlPath, staticFile(urlPath, readFileSync(full), gz));
  }
  return files;
}
