import { render } from 'preact';
import { chooseLanguage } from '../core/i18n/languages';
import { KIOSK_FLAG_KEY } from '../core/kiosk/flag-key';
import { matchRoute } from '../core/routes';
import { whenIdle } from '../platform/when-idle';
import { applySettings, readSettings } from '../platform/settings-store';
import { App, loadView, viewOf, type View } from './app';
import { screens } from './screens/registry';
import { count } from './count';
import { HomeScreen } from './screens/home/home-screen';
import './styles/base.css';
import './styles/layout.css';

// Main bundle entry: everything imported here is on the first screen's critical path
// (budget: 14,600 bytes gzip for HTML + CSS + JS, checked by test/e2e/budget.spec.ts).

const settings = readSettings();
applySettings(settings); // before the first paint: no flash of small text
// Kiosk mode (issue 8): only a kiosk has this flag, so only a kiosk downloads its runtime. Every
// page load of a kiosk opens its attract screen: Back to an earlier visitor's page shows nothing of it.
let kiosk: string | null = null;
try {
  kiosk = localStorage.getItem(KIOSK_FLAG_KEY);
} catch {
  // Storage blocked: not a kiosk.
}
if (kiosk) {
  history.replaceState(null, '', '/kiosk');
  void import('./screens/kiosk/runtime/start').then((m) => m.startKioskRuntime());
}
const url = new URL(location.href);
const lang = chooseLanguage(url.searchParams.get('lang'), settings.lang, navigator.languages ?? [navigator.language]);
document.documentElement.lang = lang;

const root = document.getElementById('app')!;
const match = matchRoute(url.pathname);
const route = match && { id: match.id, params: match.params, query: url.searchParams, path: match.path };
const show = (firstView: View | null) => {
  render(<App initialSettings={settings} initialLang={lang} firstView={firstView} />, root);
  delete root.dataset.prerendered; // the app is live: its buttons work (tests wait for this)
};
// The home screen in Vietnamese is in the entry: it renders at once, over the server's markup on a
// first visit, or in the first frame from the offline shell. A page the server pre-rendered in this
// language (src/app/prerender.tsx) stays painted while its screen loads; the app then renders over
// it, reusing every node, so nothing repaints or moves. Anything else loads its chunk first.
if (route?.id === 'home' && lang === 'vi') show(viewOf(HomeScreen, route));
else if (route && root.dataset.prerendered === lang) loadView(screens[route.id], route, lang).then(show, () => show(null));
else {
  root.textContent = ''; // markup in another language (a saved choice the server could not see)
  show(null);
}

if (url.searchParams.has('src')) count('link_opened');

// The service worker (and workbox-window) load after the first paint, in their turn (idle-jobs.ts).
if (import.meta.env.PROD) void whenIdle('offline', () => import('../platform/sw-bridge').then((m) => m.registerServiceWorker()));
