import { Component, type FunctionComponent } from 'preact';
import type { Lang } from '../core/i18n/languages';
import { matchRoute } from '../core/routes';
import { applySettings, writeSettings, type Settings } from '../platform/settings-store';
import { count } from './count';
import { I18nContext, loadNamespaces, makeT, type I18n } from './i18n';
import { onLocationChange, RouteContext, type CurrentRoute } from './router';
import { notFoundScreen, screens, type ScreenEntry } from './screens/registry';
import { SettingsContext, type SettingsApi } from './settings';
import { Shell } from './shell';

export interface View {
  key: string;
  Screen: FunctionComponent;
  route: CurrentRoute;
}

interface Props {
  initialSettings: Settings;
  initialLang: Lang;
  firstView: View | null;
}

interface State {
  settings: Settings;
  i18n: I18n;
  view: View | null;
  failed: boolean;
}

/** A screen's chunk, its data and its texts, loaded: the view of the current URL, ready to render. */
export const loadView = (entry: ScreenEntry, route: CurrentRoute, lang: Lang): Promise<View> =>
  Promise.all([entry.load(route, lang), loadNamespaces(lang, ['common', ...entry.namespaces])]).then(([{ Screen }]) =>
    viewOf(Screen, route),
  );

/** The view of the current URL with its screen. */
export const viewOf = (Screen: FunctionComponent, route: CurrentRoute): View => ({
  key: location.pathname + location.search,
  Screen,
  route,
});

const EMPTY_ROUTE: CurrentRoute = { id: null, params: {}, query: new URLSearchParams(), path: '/' };

/**
 * The app: resolves the URL to a screen, loads the screen's chunk and texts, then renders it in the
 * shell. The previous screen stays visible while the next one loads (no blank flashes on 3G).
 * A class component on purpose: the main bundle uses no hooks, so preact/hooks stays out of the
 * first screen's bytes (docs/decisions/0005-first-screen-budget.md).
 */
export class App extends Component<Props, State> {
  private loadSeq = 0;
  private stopListening: (() => void) | null = null;
  private settingsApi: SettingsApi;

  constructor(props: Props) {
    super(props);
    this.state = {
      settings: props.initialSettings,
      i18n: { lang: props.initialLang, t: makeT(props.initialLang) },
      view: props.firstView,
      failed: false,
    };
    this.settingsApi = this.makeSettingsApi();
  }

  override componentDidMount() {
    this.stopListening = onLocationChange(() => this.showCurrentUrl(true));
    if (!this.state.view) this.showCurrentUrl(true);
    else if (this.state.view.route.id) count('screen_open', this.state.view.route.id);
  }

  override componentWillUnmount() {
    this.stopListening?.();
  }

  override componentDidUpdate(_: Props, prev: State) {
    document.documentElement.lang = this.state.i18n.lang;
    // After an in-app navigation, focus the new screen's heading and scroll to the top.
    if (prev.view && this.state.view && prev.view.key !== this.state.view.key) {
      window.scrollTo(0, 0);
      document.querySelector<HTMLElement>('main h1')?.focus();
    }
  }

  /** Loads the screen for the current URL (chunk + texts) and shows it. */
  private showCurrentUrl(countOpen: boolean, lang: Lang = this.state.i18n.lang) {
    const url = new URL(location.href);
    const match = matchRoute(url.pathname);
    const entry: ScreenEntry = match ? screens[match.id] : notFoundScreen;
    // An alias (an old poster's path) is rewritten to the canonical one, keeping the query.
    if (match && match.path !== url.pathname) history.replaceState(null, '', match.path + url.search + url.hash);
    const route: CurrentRoute = {
      id: match?.id ?? null,
      params: match?.params ?? {},
      query: url.searchParams,
      path: match?.path ?? url.pathname,
    };
    const seq = ++this.loadSeq;
    this.setState({ failed: false });
    loadView(entry, route, lang).then(
      (view) => {
        if (seq !== this.loadSeq) return; // a newer navigation won
        // A query change on the same screen (a checker answer, a filter) is not a new screen opened.
        const samePath = this.state.view?.route.path === route.path;
        this.setState({ view, i18n: { lang, t: makeT(lang) } });
        if (match && countOpen && !samePath) count('screen_open', match.id);
      },
      () => seq === this.loadSeq && this.setState({ failed: true }),
    );
  }

  private switchLanguage = (next: Lang, base: Settings = this.state.settings) => {
    const settings = { ...base, lang: next };
    writeSettings(settings);
    this.setState({ settings });
    // The URL's ?lang= wins over the saved choice, so drop it: a reload keeps what was chosen here.
    const url = new URL(location.href);
    if (url.searchParams.has('lang')) {
      url.searchParams.delete('lang');
      history.replaceState(null, '', url.pathname + url.search + url.hash);
    }
    this.showCurrentUrl(false, next);
  };

  private makeSettingsApi(): SettingsApi {
    return {
      settings: this.state.settings,
      update: (change: Partial<Settings>) => {
        const next = { ...this.state.settings, ...change };
        applySettings(next);
        writeSettings(next);
        this.setState({ settings: next });
        if (change.lang && change.lang !== this.state.i18n.lang) this.switchLanguage(change.lang, next);
      },
    };
  }

  override render(_: Props, { i18n, view, failed, settings }: State) {
    // Until the first screen, its data and its texts are ready, nothing paints: a shell painted
    // early is pushed down when the screen arrives (layout shift). Later screens load under the last one.
    if (!view && !failed) return null;
    const Screen = view?.Screen;
    // A new object when settings change, so screens reading the context re-render.
    const settingsApi = { settings, update: this.settingsApi.update };
    return (
      <SettingsContext.Provider value={settingsApi}>
        <I18nContext.Provider value={i18n}>
          <RouteContext.Provider value={view?.route ?? EMPTY_ROUTE}>
            <Shell i18n={i18n} onLanguage={this.switchLanguage} screen={view && !failed ? (view.route.id ?? 'not-found') : undefined}>
              {failed ? (
                <div class="page" role="alert">
                  <p>{i18n.t('common.loadFailed')}</p>
                  <button type="button" class="button" onClick={() => this.showCurrentUrl(false)}>
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
}
