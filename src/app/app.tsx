import type { FunctionComponent } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Lang } from '../core/i18n/languages';
import { matchRoute } from '../core/routes';
import { applySettings, writeSettings, type Settings } from '../platform/settings-store';
import { count } from './count';
import { I18nContext, loadNamespaces, makeT } from './i18n';
import { navigate, RouteContext, useLocationKey, type CurrentRoute } from './router';
import { notFoundScreen, screens, type ScreenEntry } from './screens/registry';
import { SettingsContext } from './settings';
import { Shell } from './shell';

interface View {
  key: string;
  Screen: FunctionComponent;
  route: CurrentRoute;
}

/**
 * The app: resolves the URL to a screen, loads the screen's chunk and texts, then renders it in
 * the shell. The previous screen stays visible while the next one loads (no blank flashes on 3G).
 */
export function App({ initialSettings, initialLang, firstView }: { initialSettings: Settings; initialLang: Lang; firstView: View | null }) {
  const [settings, setSettings] = useState(initialSettings);
  const [lang, setLang] = useState(initialLang);
  const locationKey = useLocationKey();
  const [view, setView] = useState<View | null>(firstView);
  const [failed, setFailed] = useState<{ key: string; retry: () => void } | null>(null);
  const first = useRef(true);

  useEffect(() => {
    const url = new URL(location.href);
    const match = matchRoute(url.pathname);
    const entry: ScreenEntry = match ? screens[match.id] : notFoundScreen;
    const route: CurrentRoute = {
      id: match?.id ?? null,
      params: match?.params ?? {},
      query: url.searchParams,
      path: match?.path ?? url.pathname,
    };
    // An alias (an old poster's path) is rewritten to the canonical one, keeping the query.
    if (match && match.path !== url.pathname) history.replaceState(null, '', match.path + url.search + url.hash);
    const key = locationKey;
    let cancelled = false;
    const load = () => {
      setFailed(null);
      Promise.all([entry.load(), loadNamespaces(lang, ['common', ...entry.namespaces])]).then(
        ([{ Screen }]) => {
          if (cancelled) return;
          setView({ key, Screen, route });
          if (match) count('screen_open', match.id);
        },
        () => !cancelled && setFailed({ key, retry: load }),
      );
    };
    load();
    return () => {
      cancelled = true;
    };
  }, [locationKey, lang]);

  // After an in-app navigation, put focus on the new screen's heading and scroll to the top.
  useEffect(() => {
    if (!view) return;
    if (first.current) {
      first.current = false;
      return;
    }
    window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [view?.key]);

  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);

  const settingsApi = useMemo(
    () => ({
      settings,
      update(change: Partial<Settings>) {
        const next = { ...settings, ...change };
        setSettings(next);
        applySettings(next);
        writeSettings(next);
        if (change.lang && change.lang !== lang) switchLanguage(change.lang, false);
      },
    }),
    [settings, lang],
  );

  function switchLanguage(next: Lang, save = true) {
    if (save) writeSettings({ ...settings, lang: next });
    setSettings((s) => ({ ...s, lang: next }));
    // The URL's ?lang= wins over the saved choice, so drop it: a reload keeps what was chosen here.
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.delete('lang');
      navigate(url.pathname + url.search + url.hash, { replace: true });
    }
    void loadNamespaces(next, ['common', ...(view?.route.id ? screens[view.route.id].namespaces : [])]).then(() => setLang(next));
  }

  const i18n = useMemo(() => ({ lang, t: makeT(lang) }), [lang, view]);
  const Screen = view?.Screen;
  return (
    <SettingsContext.Provider value={settingsApi}>
      <I18nContext.Provider value={i18n}>
        <RouteContext.Provider value={view?.route ?? { id: null, params: {}, query: new URLSearchParams(), path: '/' }}>
          <Shell onLanguage={(l) => switchLanguage(l)}>
            {failed ? (
              <div class="page" role="alert">
                <p>{i18n.t('common.loadFailed')}</p>
                <button type="button" class="button" onClick={failed.retry}>
                  {i18n.t('common.retry')}
                </button>
              </div>
            ) : Screen ? (
              <Screen key={view.key} />
            ) : (
              <p class="page" role="status">
                {i18n.t('common.loading')}
              </p>
            )}
          </Shell>
        </RouteContext.Provider>
      </I18nContext.Provider>
    </SettingsContext.Provider>
  );
}

export type { View };
