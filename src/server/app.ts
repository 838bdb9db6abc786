import { Hono } from 'hono';
import { matchRoute } from '../core/routes';
import type { ServerFeature } from './feature';
import { SECURITY_HEADERS } from './security-headers';
import { loadStaticFiles, type StaticFile } from './static-files';

export interface AppOptions {
  /** The production build (vite build output). */
  distDir: string;
  /** The server features (server/features.ts), mounted in order before the static app. */
  features?: readonly ServerFeature[];
}

/**
 * The one Node server: the built app with the right cache and security headers, and the server
 * features (counts collector, organizers' dashboard...) listed in server/features.ts.
 */
export function createApp(options: AppOptions): Hono {
  const files = loadStaticFiles(options.distDir);
  const shell = files.get('/index.html');
  if (!shell) throw new Error(`No index.html in ${options.distDir}: run \`npm run build\` first.`);

  const app = new Hono();
  app.use('*', async (c, next) => {
    await next();
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) c.res.headers.set(k, v);
  });

  for (const feature of options.features ?? []) feature.mount(app);

  app.all('/api/*', (c) => c.json({ error: 'not_found', message: `No API at ${c.req.path}` }, 404));

  app.all('*', (c) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') {
      return c.text('Method not allowed', 405, { Allow: 'GET, HEAD' });
    }
    const path = c.req.path;
    const file = files.get(path);
    if (file) return send(c.req.raw, file, 200);
    // A missing asset is a 404, never the shell: serving HTML as JavaScript breaks the page.
    if (path.startsWith('/assets/') || /\.[a-z0-9]+$/i.test(path)) {
      return c.text('Not found', 404, { 'Cache-Control': 'no-cache' });
    }
    // App routes get the shell; unknown paths get it too (the app says "page not found"), as a 404.
    return send(c.req.raw, shell, matchRoute(path) || path === '/index.html' ? 200 : 404);
  });

  return app;
}

function send(req: Request, file: StaticFile, status: number): Response {
  const headers = new Headers({
    'Content-Type': file.type,
    'Cache-Control': file.cacheControl,
    ETag: file.etag,
    Vary: 'Accept-Encoding',
  });
  if (status === 200 && req.headers.get('if-none-match') === file.etag) return new Response(null, { status: 304, headers });
  const gzip = file.gzip && /\bgzip\b/.test(req.headers.get('accept-encoding') ?? '');
  const body = gzip ? file.gzip! : file.body;
  if (gzip) headers.set('Content-Encoding', 'gzip');
  headers.set('Content-Length', String(body.length));
  return new Response(req.method === 'HEAD' ? null : new Uint8Array(body), { status, headers });
}
