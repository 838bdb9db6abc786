import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import preact from '@preact/preset-vite';
import { Window } from 'happy-dom';
import { createServer } from 'vite';
import { contentPlugin } from './content-plugin';
import { PRERENDER_FILE, prerenderKey, type PrerenderMap, type PrerenderedPage } from '../core/prerender-map';

/** What src/app/prerender.tsx exports (typed here: the build's project has no DOM types to check the app with). */
interface PrerenderModule {
  prerenderPages(): Promise<[string, string][]>;
  prerenderPage(path: string, lang: string): Promise<PrerenderedPage>;
}

/**
 * `npm run build`, last step: renders the first screens of src/app/prerender.tsx to HTML for each
 * language and writes them to dist/prerendered.json, which the server reads at start (and never
 * serves) to put a page's markup inside `<div id="app">` (docs/decisions/0039-pre-rendered-first-screens.md).
 *
 * The app's own modules run here through Vite (the content plugin gives them their data), in a
 * happy-dom window standing in for the browser: a screen may read `window` or `localStorage` while
 * it renders. Its effects never run (render to string), so nothing is fetched or stored.
 */
export async function prerender(distDir: string): Promise<number> {
  const window = new Window({ url: 'https://prerender.invalid/' });
  const globals: Record<string, unknown> = {
    window,
    document: window.document,
    navigator: window.navigator,
    localStorage: window.localStorage,
    sessionStorage: window.sessionStorage,
    location: window.location,
    history: window.history,
  };
  for (const [name, value] of Object.entries(globals))
    Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  const vite = await createServer({
    configFile: false,
    logLevel: 'error',
    plugins: [contentPlugin(), preact()],
    server: { middlewareMode: true, hmr: false, watch: null },
    appType: 'custom',
    define: { __APP_VERSION__: '"prerender"' },
  });
  try {
    const mod = (await vite.ssrLoadModule('/src/app/prerender.tsx')) as PrerenderModule;
    const pages: PrerenderMap = {};
    for (const [path, lang] of await mod.prerenderPages()) {
      try {
        pages[prerenderKey(path, lang)] = await mod.prerenderPage(path, lang);
      } catch (e) {
        throw new Error(`prerender: ${path} in ${lang} failed: ${(e as Error).message}`, { cause: e });
      }
    }
    writeFileSync(join(distDir, PRERENDER_FILE), JSON.stringify(pages));
    return Object.keys(pages).length;
  } finally {
    await vite.close();
    await window.happyDOM.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const count = await prerender('dist');
  console.log(`prerender: ${count} pages in dist/${PRERENDER_FILE}`);
}
