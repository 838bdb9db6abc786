import { holidays, loadIds, loadPlaces, loadProvince, provinces, unconfirmedHolidays } from 'virtual:content/points/index';
import { createListeners } from '../../../core/listeners';
import { PointCatalog, provincesFor } from '../../../core/points/lookup';
import { understandPlace, type PlaceAnswer } from '../../../core/points/place-query';
import type { PlaceEntry, ProvinceData, ProvinceInfo } from '../../../core/points/types';
import { loadPublishedPack } from '../../../platform/points/published-packs';
import { noticesToShow, type DayOff, type DocNotice, type NoticeDoc } from '../../../core/notices/notice';
import { loadNoticeDoc } from '../../../platform/points/notices';

/**
 * What the places screens share, kept in memory for the visit: the loaded provinces and where the
 * person said they are. Module state, not component state: the screen remounts on every query
 * change (filter, typed place), and the device position must never go into the URL or storage.
 */
const built = new Set(holidays);
/** Days off an admin published (name by date), from the newest notices document: they close public offices. */
let publishedDaysOff = new Map<string, DayOff>();
export const isDayOff = (date: string): boolean => built.has(date) || publishedDaysOff.has(date);
export const dayOffName = (date: string): string | undefined => publishedDaysOff.get(date)?.name;
export const catalog = new PointCatalog(isDayOff);
export { provinces, holidays, unconfirmedHolidays };

/** Each loaded province's notices document (verified, also kept offline: platform/points/notices.ts). */
const noticeDocs = new Map<string, NoticeDoc>();

async function refreshNotices(province: string): Promise<void> {
  showNoticeDoc(province, await loadNoticeDoc(province).catch(() => undefined));
}

/** A province's notices and the days off they carry, from now on (a missing document changes nothing). */
export function showNoticeDoc(province: string, doc: NoticeDoc | undefined): void {
  if (!doc) return;
  noticeDocs.set(province, doc);
  publishedDaysOff = new Map(doc.daysOff.map((d) => [d.date, d]));
}

/** The notices in force for points shown: their provinces', and their communes' own. */
export function noticesFor(points: readonly { province: string; commune: string }[]): DocNotice[] {
  const now = new Date();
  const communes = points.map((p) => p.commune);
  const seen = new Set<number>();
  return [...new Set(points.map((p) => p.province))]
    .flatMap((p) => noticesToShow(noticeDocs.get(p), now, communes))
    .filter((n) => !seen.has(n.id) && (seen.add(n.id), true));
}

/** Where results are measured from. */
export interface Origin {
  how: 'gps' | 'text' | 'kiosk';
  lat: number;
  lng: number;
  /** The place's name for a typed or kiosk origin (never for a device position). */
  label?: string;
  /** The province it was typed in, when known. */
  province?: string;
}

let origin: Origin | undefined;
const listeners = createListeners();

export function getOrigin(): Origin | undefined {
  return origin;
}

export function setOrigin(next: Origin | undefined): void {
  origin = next;
  listeners.notify();
}

export const onOriginChange = listeners.add;

/** The typed place last searched in this visit: a filter change on the same search keeps its origin. */
let lastQuery = '';

/** True when `q` is a new search (and remembers it); false when only the filter changed. */
export function isNewSearch(q: string): boolean {
  if (q === lastQuery && origin?.how === 'text') return false;
  lastQuery = q;
  return true;
}

/** Set by the person's own search or "use my location": the results then take the focus, once. */
let focusPending = false;

export function focusResultsNext(): void {
  focusPending = true;
}

/** Whether the results should take the focus now; true once per search. */
export function takeResultsFocus(): boolean {
  const pending = focusPending;
  focusPending = false;
  return pending;
}

export type LoadOutcome = { ok: true } | { ok: false; problem: 'noData' | 'offline'; province: ProvinceInfo };

/** Provinces shown from an organizers' publication: when it was published (ISO), for "Cập nhật …". */
export const publishedAt = new Map<string, string>();
const checkedAt = new Map<string, number>();
/** How often an open finder asks again for a newer publication. */
const RECHECK_MS = 60_000;

/**
 * Loads a province's points: the organizers' newest published pack when there is one (verified,
 * kept for offline use: platform/points/published-packs.ts), otherwise the data built from
 * content/ (its own chunk; the service worker keeps it once fetched). A failed fetch of the built
 * chunk without any pack means offline before this province was ever opened.
 */
export async function ensureProvince(info: ProvinceInfo): Promise<LoadOutcome> {
  if (catalog.has(info.id)) {
    if (Date.now() - (checkedAt.get(info.id) ?? 0) > RECHECK_MS)
      await Promise.all([refresh(info.id, (d) => catalog.replace(d)), refreshNotices(info.id)]);
    return { ok: true };
  }
  const load = loadProvince[info.id];
  const [built, published] = await Promise.all([
    load
      ? load().then(
          (m) => m.data,
          () => undefined,
        )
      : Promise.resolve(undefined),
    packData(info.id),
    refreshNotices(info.id),
  ]);
  const data = published ?? built;
  if (!data) return { ok: false, problem: load ? 'offline' : 'noData', province: info };
  if (!catalog.has(info.id)) catalog.add(data);
  return { ok: true };
}

async function refresh(province: string, apply: (d: ProvinceData) => void): Promise<void> {
  const data = await packData(province);
  if (data) apply(data);
}

async function packData(province: string): Promise<ProvinceData | undefined> {
  checkedAt.set(province, Date.now());
  const outcome = await loadPublishedPack(province).catch(() => undefined);
  if (outcome?.kind !== 'pack') {
    // Nothing published (any more): the built data applies, unless a refused pack left the last good one in use.
    if (outcome?.kind === 'none' && !outcome.refused) publishedAt.delete(province);
    return undefined;
  }
  const { pack } = outcome;
  publishedAt.set(province, pack.published);
  return { province, points: pack.points, sessions: pack.sessions };
}

/** The provinces to load for an origin: the typed one first, then any with points nearby. */
export function provincesForOrigin(o: Origin): ProvinceInfo[] {
  const near = provincesFor(provinces, o.lat, o.lng);
  const own = provinces.find((p) => p.id === o.province);
  return own ? [own, ...near.filter((p) => p.id !== own.id)] : near;
}

let placeList: Promise<readonly PlaceEntry[]> | undefined;

/** What the typed text means: one place, a short choice, or nothing (the list loads on the first search). */
export async function findPlace(query: string): Promise<PlaceAnswer> {
  placeList ??= loadPlaces().then(
    (m) => m.places,
    (e: unknown) => {
      placeList = undefined; // offline before it was cached: try again next time
      throw e;
    },
  );
  return understandPlace(query, await placeList, provinces);
}

/** The province a point belongs to, for a point opened straight from a link or QR code. */
export async function provinceOfPoint(id: string): Promise<ProvinceInfo | undefined> {
  const { pointIds } = await loadIds();
  const province = Object.keys(pointIds).find((p) => pointIds[p]?.includes(id));
  return provinces.find((p) => p.id === province);
}
