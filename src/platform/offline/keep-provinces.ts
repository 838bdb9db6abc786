import { loadIds, loadPlaces, loadProvince, provinces } from 'virtual:content/points/index';
import { provincesFor } from '../../core/points/lookup';
import { understandPlace } from '../../core/points/place-query';
import { getKioskLocation } from '../geolocation/kiosk-location';
import { keepLoadedAssets, rememberedProvinces } from './keep-assets';

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
  if (kiosk) for (const p of provincesFor(provinces, kiosk.lat, kiosk.lng)) wanted.add(p.id);
  const kept: string[] = [];
  for (const id of wanted) {
    const load = loadProvince[id];
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
    const { pointIds } = await loadIds();
    const id = decodeURIComponent(point);
    return Object.keys(pointIds).filter((p) => pointIds[p]?.includes(id));
  }
  const q = url.pathname === '/diem' ? url.searchParams.get('q') : null;
  if (q) {
    const answer = understandPlace(q, (await loadPlaces()).places, provinces);
    if (answer.kind === 'place') return [answer.place.province];
  }
  return [];
}
