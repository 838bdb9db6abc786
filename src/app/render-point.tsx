import { renderToString } from 'preact-render-to-string';
import { site } from 'virtual:content/site';
import { loadIds, loadProvince } from 'virtual:content/points/index';
import { pick, type Lang } from '../core/i18n/languages';
import { readNoticeDoc } from '../core/notices/notice';
import type { PrerenderedPage } from '../core/prerender-map';
import { readPack } from '../core/publish/pack';
import { hrefFor } from '../core/routes';
import { App } from './app';
import { loadNamespaces } from './i18n';
import type { CurrentRoute } from './router';
import { catalog, provinceOfPoint, showNoticeDoc } from './screens/places/places-store';

/** What the server knows when a point's page is asked for (src/server/point-pages). */
export interface PointPageRequest {
  id: string;
  lang: Lang;
  /** The province's newest published pack as the server signs it (its JSON text), if any. */
  packText?: string;
  /** The province's notices document as the server signs it (its JSON text). */
  noticesText?: string;
  /** The asking browser's User-Agent: the directions link differs on an iPhone. */
  userAgent: string;
}

/**
 * A registration point's page rendered by the server when it is asked for, with the data a phone
 * would load for it at that moment: the organizers' newest published pack (else the built data)
 * and the province's notices and days off. Not at build like the other first screens
 * (src/app/prerender.tsx): organizers publish after the build and the hours depend on the hour.
 * The app then renders over the same markup once its scripts and the same data have arrived
 * (main.tsx); anything that changed meanwhile (a minute past closing time) is corrected in place.
 * Undefined for an id that is no point: the app says "not found" itself.
 */
export async function renderPointPage(request: PointPageRequest): Promise<PrerenderedPage | undefined> {
  const { id, lang } = request;
  const province = await provinceOfPoint(id);
  if (!province) return undefined;
  const pack = request.packText === undefined ? undefined : readPack(request.packText, province.id);
  const built = pack ? undefined : await loadProvince[province.id]?.().then((m) => m.data);
  const data = pack ? { province: province.id, points: pack.points, sessions: pack.sessions } : built;
  if (!data) return undefined;
  // The screen's chunk as the app loads it (screens/registry.ts), without its data step: the data is given.
  const [{ PointScreen }] = await Promise.all([
    import('./screens/places/point-screen'),
    loadNamespaces(lang, ['common', 'points', 'notices']),
  ]);
  // From here on nothing waits: this render's data cannot be replaced by another request's meanwhile.
  catalog.replace(data);
  showNoticeDoc(province.id, request.noticesText === undefined ? undefined : readNoticeDoc(request.noticesText, province.id));
  const point = catalog.byId(id);
  if (!point) return undefined;
  const path = hrefFor('place', { id });
  const route: CurrentRoute = { id: 'place', params: { id }, query: new URLSearchParams(), path };
  const html = withNavigator(request.userAgent, () =>
    renderToString(
      <App
        initialSettings={{ largeText: false, highContrast: false }}
        initialLang={lang}
        firstView={{ key: path, Screen: PointScreen, route }}
      />,
    ),
  );
  // As the Page component titles the document once mounted (components/page.tsx).
  return { html, title: `${point.name} · ${pick(site.title, lang)}` };
}

/** Each point's province (point id → province id), as the app looks a linked point up. */
export async function pointProvinces(): Promise<Record<string, string>> {
  const { pointIds } = await loadIds();
  return Object.fromEntries(Object.entries(pointIds).flatMap(([province, ids]) => ids.map((id) => [id, province])));
}

/** The screen reads the browser's `navigator` (iPhone or not); the server's thread has none of its own. */
function withNavigator<T>(userAgent: string, render: () => T): T {
  const had = Object.getOwnPropertyDescriptor(globalThis, 'navigator');
  Object.defineProperty(globalThis, 'navigator', {
    value: { userAgent, platform: '', maxTouchPoints: 0, language: 'vi', languages: ['vi'] },
    configurable: true,
  });
  try {
    return render();
  } finally {
    if (had) Object.defineProperty(globalThis, 'navigator', had);
    else delete (globalThis as { navigator?: unknown }).navigator;
  }
}
