// Constants only (no workbox import): the e2e test reads them in Node.

/** The cache of assets fetched on first use (src/platform/offline/keep-assets.ts writes to it too). */
export const ON_DEMAND_CACHE = 'assets-on-demand';

/**
 * At most this many files in it, the least recently used going first. One version's on-demand
 * files are fewer (a file per province's points, the QR libraries, the posters screen, the PNG
 * icons, and since issue 16 the kiosk and volunteer modes and the English texts, ~50 files, which
 * a kiosk keeps all of): each update adds new hashed names, and without a cap the old ones stayed
 * for good. The provinces a person uses are used recently, so they are the last to go.
 */
export const ON_DEMAND_MAX_ENTRIES = 150;
