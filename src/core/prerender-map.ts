/** A page as the build rendered it: the markup inside `<div id="app">` and the document title the app gives it. */
export interface PrerenderedPage {
  html: string;
  /** Plain text ("Step title · Site title"): tabs, history and a shared link's preview show it before any script. */
  title: string;
}

/**
 * Pages rendered to HTML at build (src/build/prerender.ts) and put in the shell by the server
 * (src/server/shell-preloads.ts): `<canonical path>|<lang>` → the page.
 */
export type PrerenderMap = Record<string, PrerenderedPage>;

/** The map's file in dist/ (build knowledge: the server reads it and never serves it). */
export const PRERENDER_FILE = 'prerendered.json';

export const prerenderKey = (path: string, lang: string): string => `${path}|${lang}`;
