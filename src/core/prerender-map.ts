/**
 * Pages rendered to HTML at build (src/build/prerender.ts) and put in the shell by the server
 * (src/server/shell-preloads.ts): `<canonical path>|<lang>` → the markup inside `<div id="app">`.
 */
export type PrerenderMap = Record<string, string>;

/** The map's file in dist/ (build knowledge: the server reads it and never serves it). */
export const PRERENDER_FILE = 'prerendered.json';

export const prerenderKey = (path: string, lang: string): string => `${path}|${lang}`;
