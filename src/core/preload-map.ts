import { SOURCE_LANG, type Lang } from './i18n/languages';
import type { RouteMatch } from './routes';

/**
 * What each route needs before its first paint, as files of the build: written by the build
 * (src/build/route-preloads.ts, to dist/route-preloads.json), read by the server
 * (src/server/shell-preloads.ts), which names them in the page's <head> so the browser fetches them
 * all at once instead of discovering them one by one. The map's shape and the rule of which
 * entries a route takes (routeNeeds) are here, once, for both.
 */
export interface PreloadMap {
  /** Route id → the screen's chunk, its static imports and its stylesheets. */
  routes: Record<string, Needs>;
  /** Route id → the locale namespaces its screen reads besides `common`. */
  namespaces: Record<string, string[]>;
  /** lang → namespace → the locale chunk (absent: bundled with the entry, or no such table). */
  locales: Record<string, Record<string, string>>;
  /** The index of locale loaders (needed before any locale chunk is imported). */
  localeIndex: Needs;
  /** lang → the checker's rules in that language. */
  rules: Record<string, Needs>;
  /** lang → tutorial id → its steps' chunk with that language's texts. */
  tutorials: Record<string, Record<string, Needs>>;
  /** Point id → the chunks that find and load its province. */
  points: Record<string, Needs>;
}

/** Files to preload: scripts (modulepreload) and stylesheets (preload as style), as /assets/... paths. */
export interface Needs {
  js: string[];
  css: string[];
}

/** The map's file in dist/ (build knowledge: the server reads it and never serves it). */
export const PRELOADS_FILE = 'route-preloads.json';

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
  const tutorialNeeds = tutorial ? map.tutorials[lang]?.[tutorial] : undefined;
  if (tutorial && tutorialNeeds) {
    add(tutorialNeeds);
    keyParts.push(tutorial);
  }
  const point = match.id === 'place' ? match.params.id : undefined;
  if (point && map.points[point]) {
    add(map.points[point]);
    keyParts.push(point);
  }
  return { key: keyParts.join('|'), needs: { js: [...js], css: [...css] } };
}
