/**
 * Keeps on-demand assets (a province's registration points) for offline use, whether or not the
 * service worker controlled the page when they were fetched: on a first visit it does not yet, so
 * the worker's cache-on-first-use never saw them. Writes into the cache the worker reads from.
 */
const ON_DEMAND_CACHE = 'assets-on-demand'; // the CacheFirst cache in src/sw/sw.ts

/** Every asset under `prefix` this page has loaded, copied into the worker's cache if missing. */
export async function keepLoadedAssets(prefix: string): Promise<number> {
  if (!('caches' in window)) return 0;
  const urls = performance
    .getEntriesByType('resource')
    .map((e) => e.name)
    .filter((name) => {
      const url = new URL(name);
      return url.origin === location.origin && url.pathname.startsWith(prefix);
    });
  const cache = await caches.open(ON_DEMAND_CACHE);
  let kept = 0;
  for (const url of new Set(urls)) {
    if (!(await cache.match(url))) await cache.add(url);
    kept++;
  }
  return kept;
}

const REMEMBERED = 'vneid-guide:offline-provinces';

/** Province ids the person searched or was located in on this device (never positions). */
export function rememberedProvinces(): string[] {
  try {
    const list: unknown = JSON.parse(localStorage.getItem(REMEMBERED) ?? '[]');
    return Array.isArray(list) ? list.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function rememberProvinces(ids: readonly string[]): void {
  try {
    const next = [...new Set([...ids, ...rememberedProvinces()])].slice(0, 6);
    localStorage.setItem(REMEMBERED, JSON.stringify(next));
  } catch {
    // Storage blocked (private mode): nothing kept beyond this visit.
  }
}
