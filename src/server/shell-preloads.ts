import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseLanguage, type Lang } from '../core/i18n/languages';
import { PRELOADS_FILE, type Needs, type PreloadMap } from '../core/preload-map';

/**
 * Per-route <link rel="modulepreload"> tags for the shell (src/build/route-preloads.ts writes what
 * each route needs at build). A page opened from a poster then fetches its screen, texts and data
 * in parallel with the entry script, instead of one round trip after another.
 * The language is the URL's `?lang=`, else the browser's (Accept-Language): a saved choice the
 * server cannot see only costs a preload the page does not use. Which files a route takes is
 * routeNeeds (src/core/preload-map.ts).
 */

/** The build's map, or null when the build wrote none (a dev server, a test's dist). */
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

/** The shell with the links before </head>. */
export function withPreloads(shell: string, needs: Needs): string {
  const links = [
    // crossorigin as the entry script and Vite's stylesheet loader use, so the preloaded copy is the one used.
    ...needs.css.map((f) => `<link rel="preload" as="style" crossorigin href="${f}">`),
    ...needs.js.map((f) => `<link rel="modulepreload" crossorigin href="${f}">`),
  ].join('');
  return links ? shell.replace('</head>', `${links}</head>`) : shell;
}
