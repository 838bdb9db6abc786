import type { Plugin } from 'vite';

/** The module Vite wraps every dynamic `import()` in, to load the imported chunk's stylesheets first. */
export const PRELOAD_HELPER_ID = '\0vite/preload-helper.js';

/**
 * The same helper, written for this app: ~1,500 B of Vite's (modulepreload detection, CSP nonces,
 * relative bases, a preload-error event nobody listens to) sit in the main bundle, on the first
 * round trip. With `build.modulePreload: false` the only dependencies Vite passes are a lazy chunk's
 * stylesheets (paths under the base `/`): each is added once as a `<link rel="stylesheet">` (none for
 * one the page already has, such as the shell's), the chunk is imported once they have loaded (so a
 * screen never paints unstyled), and a stylesheet that fails is forgotten so the next try loads it again.
 */
export const LAZY_CSS_HELPER = `const seen={};export const __vitePreload=(load,deps)=>Promise.all((deps||[]).map(d=>seen[d]||(seen[d]=document.querySelector('link[rel=stylesheet][href="/'+d+'"]')?0:new Promise((ok,fail)=>{const l=document.createElement("link");l.rel="stylesheet";l.href="/"+d;l.onload=ok;l.onerror=()=>{delete seen[d];l.remove();fail(Error("CSS "+d))};document.head.appendChild(l)})))).then(()=>load())`;

export function lazyCssHelper(): Plugin {
  return {
    name: 'lazy-css-helper',
    enforce: 'pre',
    apply: 'build',
    load: {
      filter: { id: /^\0vite\/preload-helper\.js$/ },
      handler: (id) => (id === PRELOAD_HELPER_ID ? { code: LAZY_CSS_HELPER, moduleSideEffects: false } : null),
    },
  };
}
