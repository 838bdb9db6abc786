import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chooseLanguage, type Lang } from '../core/i18n/languages';
import { PRELOADS_FILE, type Needs, type PreloadMap } from '../core/preload-map';
import { PRERENDER_FILE, type PrerenderMap, type PrerenderedPage } from '../core/prerender-map';
import { scriptsAfterPaint } from './after-paint';

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

/** The build's pre-rendered pages (src/build/prerender.ts), or null when it wrote none. */
export function readPrerenderMap(distDir: string): PrerenderMap | null {
  const file = join(distDir, PRERENDER_FILE);
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as PrerenderMap) : null;
}

/**
 * Whether a URL's page is the one pre-rendered for its path: a query may only name the poster
 * (`src`, counted, not shown) or the language; any other (a checker's answers, a search) changes
 * what the first screen shows.
 */
export function showsPlainPage(search: URLSearchParams): boolean {
  return [...search.keys()].every((k) => k === 'src' || k === 'lang');
}

/**
 * The shell with the links before </head> and, given a pre-rendered page, its markup inside
 * `<div id="app">` (marked with its language, which main.tsx checks before rendering over it).
 * A pre-rendered page takes its stylesheets as stylesheets, not preloads: its markup must paint
 * styled, or it would move when the styles arrive. It takes its own document title, and its
 * scripts load after it has painted (after-paint.ts): the page needs the AFTER_PAINT_CSP policy.
 */
export function withPreloads(shell: string, needs: Needs, page?: PrerenderedPage & { lang: Lang }): string {
  const links = [
    // crossorigin as the entry script and Vite's stylesheet loader use, so the preloaded copy is the one used.
    ...needs.css.map((f) =>
      page ? `<link rel="stylesheet" crossorigin href="${f}">` : `<link rel="preload" as="style" crossorigin href="${f}">`,
    ),
    ...(page ? [] : needs.js.map((f) => `<link rel="modulepreload" crossorigin href="${f}">`)),
  ].join('');
  let out = links ? shell.replace('</head>', `${links}</head>`) : shell;
  if (page) {
    const empty = '<div id="app"></div>';
    if (!out.includes(empty)) throw new Error('shell-preloads: the shell has no empty <div id="app"></div> to fill');
    out = out.replace(empty, () => `<div id="app" data-prerendered="${page.lang}">${page.html}</div>`);
    out = out.replace(/<html lang="[a-z]+">/, `<html lang="${page.lang}">`); // read aloud in the language written
    out = out.replace(/<title>[^<]*<\/title>/, () => `<title>${escapeText(page.title)}</title>`);
    out = scriptsAfterPaint(out, needs.js);
  }
  return out;
}

/** Text as HTML text content: the title is plain text from the build (a "<" in it stays a "<"). */
const escapeText = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
