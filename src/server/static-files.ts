import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The built app, read once at start-up and gzipped once (level 9), so requests are served from
 * memory: no file-system path is ever built from a URL (no traversal), and the bytes a phone
 * receives are exactly those `npm run bench` measures.
 */
export interface StaticFile {
  body: Buffer;
  gzip: Buffer | null;
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
      const ext = extname(name).toLowerCase();
      const body = readFileSync(full);
      files.set(urlPath, {
        body,
        gzip: COMPRESSIBLE.has(ext) && body.length > 256 ? gzipSync(body, { level: 9 }) : null,
        type: TYPES[ext] ?? 'application/octet-stream',
        etag: `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}"`,
        cacheControl: cacheControlFor(urlPath),
      });
    }
  };
  walk(distDir);
  return files;
}
