import { Hono } from 'hono';
import { matchRoute } from '../core/routes';
import type { ServerFeature } from './feature';
import { serverLog, type CountedLog } from './ops/counted-log';
import { onRequestError } from './ops/request-errors';
import { AFTER_PAINT_CSP } from './after-paint';
import { ASSET_HEADERS, SECURITY_HEADERS } from './security-headers';
import { PRELOADS_FILE, routeNeeds } from '../core/preload-map';
import { PRERENDER_FILE, prerenderKey } from '../core/prerender-map';
import { languageOf, readPreloadMap, readPrerenderMap, showsPlainPage, withPreloads } from './shell-preloads';
import type { PointPages } from './point-pages/point-page-renderer';
import { brotliOf, loadStaticFiles, staticFile, type StaticFile } from './static-files';

export interface AppOptions {
  /** The production build (vite build output). */
  distDir: string;
  /** The server features (server/features.ts), mounted in order before the static app. */
  features?: readonly ServerFeature[];
  /** Where errors no route answered are logged (one counted line for cut-off uploads). */
  log?: CountedLog;
  /** Point pages rendered when asked for (point-pages/), with the markup of their data now. */
  pointPages?: PointPages;
}

/**
 * The one Node server: the built app with the right cache and security headers, and the server
 * features (counts collector, organizers' dashboard...) listed in server/features.ts.
 */
export function createApp(options: AppOptions): Hono {
  const files = loadStaticFiles(options.distDir);
  const shell = files.get('/index.html');
  if (!shell) throw new Error(`No index.html in ${options.distDir}: run \`npm run build\` first.`);
  const preloads = readPreloadMap(options.distDir);
  const prerendered = readPrerenderMap(options.distDir);
  files.delete(`/${PRELOADS_FILE}`); // build knowledge, not for the public
  files.delete(`/${PRERENDER_FILE}`);
  // The shell with each route's preload links (and its pre-rendered markup, if any), made once per
  // route, language and content id, or per path for a pre-rendered page.
  const variants = new Map<string, StaticFile>();
  const shellFor = async (req: Request, path: string): Promise<StaticFile> => {
    const match = matchRoute(path);
    if (!preloads || !match) return shell;
    const url = new URL(req.url);
    const lang = languageOf(url.searchParams, req.headers.get('accept-language'));
    const { key, needs } = routeNeeds(preloads, match, lang);
    // Only at the canonical path: the app rewrites an alias (an old poster's path) when it loads the screen itself.
    const plain = path === match.path && showsPlainPage(url.searchParams);
    // A point's page is rendered now, with its data now; the others came rendered from the build.
    const live =
      plain && match.id === 'place' && options.pointPages
        ? await options.pointPages.page(match.params.id ?? '', lang, req.headers.get('user-agent') ?? '')
        : undefined;
    const page = live ?? (plain ? prerendered?.[prerenderKey(match.path, lang)] : undefined);
    const variantKey = live ? `${key}|${live.key}` : page === undefined ? key : `${key}|${match.path}`;
    let file = variants.get(variantKey);
    if (!file) {
      // Every point in two languages, and a minute's rendered points, stay far below; a bound all the same.
      if (variants.size >= 2000) variants.clear();
      file =
        needs.js.length + needs.css.length || page !== undefined
          ? {
              ...staticFile('/index.html', Buffer.from(withPreloads(shell.body.toString('utf8'), needs, page && { ...page, lang }))),
              ...(page === undefined ? {} : { csp: AFTER_PAINT_CSP }),
            }
          : shell;
      variants.set(variantKey, file);
    }
    return file;
  };

  const app = new Hono();
  app.onError(onRequestError(options.log ?? serverLog));
  app.use('*', async (c, next) => {
    await next();
    const headers = c.req.path.startsWith('/assets/') && c.res.status !== 404 ? ASSET_HEADERS : SECURITY_HEADERS;
    for (const [k, v] of Object.entries(headers)) {
      // A page that names its own policy keeps it (a pre-rendered page allows its loader's hash).
      if (k !== 'Content-Security-Policy' || !c.res.headers.has(k)) c.res.headers.set(k, v);
    }
  });

  for (const feature of options.features ?? []) feature.mount(app);

  app.all('/api/*', (c) => c.json({ error: 'not_found', message: `No API at ${c.req.path}` }, 404));

  app.all('*', async (c) => {
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
    // The route's page names the files of the browser's language (shell-preloads.ts). Never on
    // /index.html itself: the service worker stores that one, and a Vary on the language stops it matching.
    return send(
      c.req.raw,
      await shellFor(c.req.raw, path),
      matchRoute(path) || path === '/index.html' ? 200 : 404,
      'Accept-Encoding, Accept-Language',
    );
  });

  return app;
}

function send(req: Request, file: StaticFile, status: number, vary = 'Accept-Encoding'): Response {
  const immutable = file.cacheControl.includes('immutable'); // never revalidated: no ETag to send
  const headers = new Headers({
    'Content-Type': file.type,
    'Cache-Control': file.cacheControl,
    ...(immutable ? {} : { ETag: file.etag }),
    // The shell names the files of the browser's language (see shell-preloads.ts).
    Vary: vary,
    ...(file.csp ? { 'Content-Security-Policy': file.csp } : {}),
  });
  if (status === 200 && !immutable && req.headers.get('if-none-match') === file.etag) return new Response(null, { status: 304, headers });
  const accepted = acceptedCodings(req.headers.get('accept-encoding'));
  const encoding = file.gzip ? (accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null) : null;
  const body = encoding === 'br' ? brotliOf(file)! : encoding === 'gzip' ? file.gzip! : file.body;
  if (encoding) headers.set('Content-Encoding', encoding);
  headers.set('Content-Length', String(body.length));
  return new Response(req.method === 'HEAD' ? null : new Uint8Array(body), { status, headers });
}

/** The content codings an Accept-Encoding header allows ("br;q=0" refuses br). */
export function acceptedCodings(header: string | null): Set<string> {
  const out = new Set<string>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.split(';').map((p) => p.trim().toLowerCase());
    const q = params.find((p) => p.startsWith('q='));
    if (name && !(q && Number(q.slice(2)) === 0)) out.add(name);
  }
  return out;
}
