import { keepLoadedAssets } from '../platform/offline/keep-assets';

/**
 * Kiosk and volunteer modes are left out of the precache (src/build/on-demand-assets.ts): a
 * citizen's phone never downloads them. A device set up for one of them must work offline from
 * then on, so setup fetches now what the mode may show later (`loads`) and keeps it, together with
 * the mode's screens already loaded, in the service worker's on-demand cache. A load that fails
 * (offline during setup) is left to the worker's cache-on-first-use. Resolves with the files kept.
 */
export async function keepModeOffline(loads: readonly (() => Promise<unknown>)[]): Promise<number> {
  await Promise.allSettled(loads.map((load) => load()));
  const kept = await keepLoadedAssets('/assets/').catch(() => 0);
  document.documentElement.dataset.modeKept = String(kept); // for whoever checks: done
  return kept;
}

/** Every table of texts, the rules and every tutorial in English: a kiosk's visitor may switch language. */
export const loadEnglishTexts = (): Promise<unknown> =>
  Promise.all([
    import('virtual:content/locales').then(({ loaders }) => Promise.all(Object.values(loaders.en).map((load) => load()))),
    import('virtual:content/rules/en'),
    import('virtual:content/tutorials').then(({ tutorials, loadTutorial }) => Promise.all(tutorials.map((t) => loadTutorial(t.id, 'en')))),
  ]);

/** The QR maker (a kiosk shows outside links as QR codes; a volunteer hands the app over by one). */
export const loadQrMaker = (): Promise<unknown> => import('./share/qr').then((m) => m.makeQr('/'));
