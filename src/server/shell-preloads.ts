import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseLanguage, SOURCE_LANG, type Lang } from '../core/i18n/languages';
import type { RouteMatch } from '../core/routes';

/**
 * Per-route <link rel="modulepreload"> tags for the shell (src/build/route-preloads.ts writes what
 * each route needs at build). A page opened from a poster then fetches its screen, texts and data
 * in parallel with the entry script, instead of one round trip after another.
 * The language is the URL's `?lang=`, else the browser's (Accept-Language): a saved choice the
 * server cannot see only costs a preload the page does not use.
 */
export interface PreloadMap {
  routes: Record<string, Needs>;
  namespaces: Record<string, string[]>;
  locales: Record<string, Record<string, string>>;
  localeIndex: Needs;
  rules: Record<string, Needs>;
  tutorials: Record<string, Needs>;
  points: Record<string, Needs>;
}
interface Needs {
  js: string[];
  css: string[];
}

export const PRELOADS_FILE = 'route-preloads.json';

export function readPreloadMap(distDir: string): PreloadMap | null {
  const file = join(distDir, PRELOADS_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PreloadMap) : null;
}

export function languageOf(search: URLSearchParams, acceptLanguage: string | null): Lang {
  const browser = (acceptLanguage ?? '')
    .split(',')
    .map((part) => part.split(';')[0]!.trim())
    .filter(Boolean);
  return chooseLanguage(search.get('lang'), null, browser);
}

/** The files a route's first paint needs, for one language; a key for caching the page made from them. */
export function routeNeeds(map: PreloadMap, match: RouteMatch, lang: Lang): { key: string; needs: Needs } {
  const js = new Set<string>();
  const css = new Set<string>();
  const add = (n: Needs | undefined) => {
    n?.js.forEach((f) => js.add(f));
    n?.css.forEach((f) => css.add(f));
  };
  add(map.routes[match.id]);
  const keyParts: string[] = [match.id, lang];
  const locales = [...new Set([SOURCE_LANG, lang])].flatMap((l) =>
    ['common', ...(map.namespaces[match.id] ?? [])].map((ns) => map.locales[l]?.[ns]).filter((f): f is string => !!f),
  );
  if (locales.length) add(map.localeIndex);
  locales.forEach((f) => js.add(f));
  if (match.id === 'checker') add(map.rules[lang]);
  const tutorial = match.params.tutorial;
  if (tutorial && map.tutorials[tutorial]) {
    add(map.tutorials[tutorial]);
    keyParts.push(tutorial);
  }
  const point = match.id === 'place' ? match.params.id : undefined;
  if (point && map.points[point]) {
    add(map.points[point]);
    keyParts.push(point);
  }
  return { key: keyParts.join('|'), needs: { js: [...js], css: [...css] } };
}

/** The shell with the links before </head>. */
export function withPreloads(shell: string, needs: Needs): string {
  const links = [
    // crossorigin as the entry script and Vite's stylesheet loader use, so the preloaded copy is the one used.
    ...needs.css.map((f) => `<link rel="preload" as="style" crossorigin href="${f}">`),
    ...needs.js.map((f) => `<link rel="modulepreload" crossorigin href="${f}">`),
  ].join('');
  return links ? shell.replace('</head>', `${links}</head>`) : shell;
}
