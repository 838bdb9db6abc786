import { getKioskLocation } from '../geolocation/kiosk-location';
import { keepLoadedAssets, rememberedProvinces } from './keep-assets';

// The points' index, lookup and place search load only when a province is wanted: most first
// visits (the home screen, a phone) want none, and evaluating them was a long task for nothing.
const points = () => import('virtual:content/points/index');

/**
 * After the app is ready offline, in the background: fetch and keep the registration points a
 * person will want without a network. The provinces they searched or were located in (remembered
 * on this device), the kiosk's province, and the province the link they arrived by points at
 * (a poster's /diem/<id> or /diem?q=<place>).
 */
export async function keepProvincesOffline(url: URL): Promise<string[]> {
  const wanted = new Set(rememberedProvinces());
  for (const id of await linkProvinces(url)) wanted.add(id);
  const kiosk = await getKioskLocation();
  if (kiosk) {
    const [{ provinces }, { provincesFor }] = await Promise.all([points(), import('../../core/points/lookup')]);
    for (const p of provincesFor(provinces, kiosk.lat, kiosk.lng)) wanted.add(p.id);
  }
  const kept: string[] = [];
  const { loadProvince } = wanted.size ? await points() : { loadProvince: undefined };
  for (const id of wanted) {
    const load = loadProvince?.[id];
    if (!load) continue;
    try {
      await load();
      kept.push(id);
    } catch {
      // Offline again already: the next visit tries.
    }
  }
  await keepLoadedAssets('/assets/points/');
  document.documentElement.dataset.offlineProvinces = kept.join(' '); // for whoever checks: done
  return kept;
}

async function linkProvinces(url: URL): Promise<string[]> {
  const point = /^\/diem\/([^/]+)$/.exec(url.pathname)?.[1];
  if (point) {
    const { pointIds } = await (await points()).loadIds();
    const id = decodeURIComponent(point);
    return Object.keys(pointIds).filter((p) => pointIds[p]?.includes(id));
  }
  const q = url.pathname === '/diem' ? url.searchParams.get('q') : null;
  if (q) {
    const [{ loadPlaces, provinces }, { understandPlace }] = await Promise.all([points(), import('../../core/points/place-query')]);
    const answer = understandPlace(q, (await loadPlaces()).places, provinces);
    if (answer.kind === 'place') return [answer.place.province];
  }
  return [];
}
