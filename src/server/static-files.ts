import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The built app, read once at start-up and gzipped once (level 9), so requests are served from
 * memory: no file-system path is ever built from a URL (no traversal), and the bytes a phone
 * receives are exactly those `npm run bench` measures.
 */
export interface StaticFile {
  body: Buffer;
  gzip: Buffer | null;
  /** Brotli (quality 11), made on the first request that accepts it; null when not compressible. */
  brotli?: Buffer | null;
  type: string;
  etag: string;
  cacheControl: string;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt']);

/** index.html and the service worker must be revalidated on every visit, or updates never arrive. */
export function cacheControlFor(urlPath: string): string {
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable'; // content-hashed names
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

/** One file as served: its gzip (once, level 9), type, ETag and cache policy. */
export function staticFile(urlPath: string, body: Buffer): StaticFile {
  const ext = extname(urlPath).toLowerCase();
  return {
    body,
    gzip: COMPRESSIBLE.has(ext) && body.length > 256 ? gzipSync(body, { level: 9 }) : null,
    type: TYPES[ext] ?? 'application/octet-stream',
    etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`,
    cacheControl: cacheControlFor(urlPath),
  };
}

export function loadStaticFiles(distDir: string): Map<string, StaticFile> {
  const files = new Map<string, StaticFile>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) {
        walk(full);
        continue;
      }
      const urlPath = '/' + relative(distDir, full).split(sep).join('/');
      files.set(urlPath, staticFile(urlPath, readFileSync(full)));
    }
  };
  walk(distDir);
  return files;
}
