import { renderToString } from 'preact-render-to-string';
import { site } from 'virtual:content/site';
import { loadTutorial, tutorials } from 'virtual:content/tutorials';
import { LANGUAGES, pick, SOURCE_LANG, type Lang } from '../core/i18n/languages';
import { hrefFor, matchRoute, type RouteId } from '../core/routes';
import type { PrerenderedPage } from '../core/prerender-map';
import { App } from './app';
import { loadNamespaces } from './i18n';
import type { CurrentRoute } from './router';
import { screens } from './screens/registry';

/**
 * The first screens a poster or a link opens, rendered to HTML at build (src/build/prerender.ts),
 * so the page paints its text as soon as the HTML and its stylesheets arrive, not after the
 * entry and the screen's chunks have run (Lighthouse: LCP was render delay behind the scripts).
 * The app then renders over the same DOM (main.tsx), reusing every node.
 *
 * Only screens whose first frame depends on nothing but the URL and the language: not a point
 * (opening hours depend on the hour, its data on what organizers published since the build), not
 * the settings (the device's choices), not a kiosk, a volunteer or the phone check (device state).
 */
const STATIC_SCREENS: readonly RouteId[] = ['home', 'checker', 'guides', 'places', 'privacy', 'about'];

/**
 * Every page pre-rendered, as [path, language]: the static screens, each tutorial's overview and
 * each of its steps, in every language. The home in Vietnamese too: a poster's first visit paints
 * it from the HTML and its stylesheet, one round trip before its scripts (decision 0047).
 */
export async function prerenderPages(): Promise<[string, Lang][]> {
  const paths = STATIC_SCREENS.map((id) => hrefFor(id));
  for (const summary of tutorials) {
    paths.push(hrefFor('guide', { tutorial: summary.id }));
    const tutorial = await loadTutorial(summary.id, SOURCE_LANG);
    for (const step of tutorial?.steps ?? []) paths.push(hrefFor('guideStep', { tutorial: summary.id, step: step.id }));
  }
  return paths.flatMap((path) => LANGUAGES.map((lang): [string, Lang] => [path, lang]));
}

/**
 * The app's markup for a path in a language, as its first client render makes it (default
 * settings), and the title its Page gives the document once mounted (components/page.tsx).
 */
export async function prerenderPage(path: string, lang: Lang): Promise<PrerenderedPage> {
  const match = matchRoute(path);
  if (!match || match.path !== path) throw new Error(`prerender: ${path} is not a canonical app path`);
  const route: CurrentRoute = { id: match.id, params: match.params, query: new URLSearchParams(), path: match.path };
  const entry = screens[match.id];
  const [{ Screen }] = await Promise.all([entry.load(route, lang), loadNamespaces(lang, ['common', ...entry.namespaces])]);
  const html = renderToString(
    <App initialSettings={{ largeText: false, highContrast: false }} initialLang={lang} firstView={{ key: path, Screen, route }} />,
  );
  // The h1's text as the browser reads it (entities decoded): the build's window parses the markup.
  const box = document.createElement('div');
  box.innerHTML = html;
  const heading = box.querySelector('main h1')?.textContent;
  if (!heading) throw new Error(`prerender: ${path} in ${lang} has no <h1> in its <main>`);
  // As the Page component titles the document once mounted (components/page.tsx; prerender.spec compares them).
  return { html, title: `${heading} · ${pick(site.title, lang)}` };
}
