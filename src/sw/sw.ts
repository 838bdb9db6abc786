/// <reference lib="webworker" />
import { cleanupOutdatedCaches, createHandlerBoundToURL, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { CacheFirst } from 'workbox-strategies';
import { ExpirationPlugin } from 'workbox-expiration';
import { ON_DEMAND_CACHE, ON_DEMAND_MAX_ENTRIES } from './on-demand-cache';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: (string | { url: string; revision: string | null })[] };

/**
 * The service worker, kept small. It precaches what a citizen's phone needs: the shell, every
 * citizen screen, the Vietnamese texts and the compiled content (the list is injected at build
 * time); answers every app navigation with the shell when offline; and caches on first use the
 * assets left out of the precache (provinces' point data, kiosk and volunteer modes, posters,
 * English texts, QR libraries: src/build/on-demand-assets.ts), keeping the most recently used of
 * them (on-demand-cache.ts).
 * It activates a new version only when the page asks (after the person tapped "Cập nhật").
 */
precacheAndRoute(self.__WB_MANIFEST);
cleanupOutdatedCaches();

registerRoute(
  new NavigationRoute(createHandlerBoundToURL('/index.html'), {
    // The server's own pages are never the citizen app's shell (nor the rules review pages, /quy-tac/).
    denylist: [/^\/api\//, /^\/dashboard/, /^\/quy-tac\//],
  }),
);

registerRoute(
  ({ url, request }) => url.origin === self.location.origin && url.pathname.startsWith('/assets/') && request.method === 'GET',
  new CacheFirst({
    cacheName: ON_DEMAND_CACHE,
    // The least recently used go first; if the browser runs out of room, this cache is emptied first.
    plugins: [new ExpirationPlugin({ maxEntries: ON_DEMAND_MAX_ENTRIES, purgeOnQuotaError: true })],
  }),
);

self.addEventListener('message', (event: ExtendableMessageEvent) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});
