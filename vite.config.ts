import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { parse } from 'yaml';
import { contentPlugin } from './src/build/content-plugin';
import { firstScreenGzip } from './src/build/first-screen-gzip';
import { compactHtml } from './src/build/compact-html';
import { lazyCssHelper } from './src/build/lazy-css-helper';
import { onDemandAssets } from './src/build/on-demand-assets';
import { routePreloads } from './src/build/route-preloads';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
// The manifest's names come from the organizer's site file (validated by the content plugin).
// A broken file is reported by the content plugin with its line; here it only falls back.
const site = readSiteNames();
// Kiosk and volunteer modes, posters, English texts, the QR maker: left out of the precache.
const onDemand = onDemandAssets();
function readSiteNames(): { title?: { vi?: string }; shortTitle?: { vi?: string } } {
  try {
    return (parse(readFileSync('content/site/site.yaml', 'utf8')) as ReturnType<typeof readSiteNames>) ?? {};
  } catch {
    return {};
  }
}

export default defineConfig({
  plugins: [
    contentPlugin(),
    preact(),
    lazyCssHelper(), // a lazy chunk's stylesheets loaded by ~300 B instead of Vite's ~1,500 B helper
    compactHtml(), // index.html without indentation: it is on the first round trip
    firstScreenGzip(), // <file>.gz (Zopfli) for the first screen's files: what a browser without brotli gets
    onDemand,
    routePreloads(), // dist/route-preloads.json: what each route needs, for the server's preload links
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      injectRegister: false, // src/platform/sw-bridge.ts registers it, after the first paint
      includeManifestIcons: false, // already matched by globPatterns; listing them twice breaks the precache
      manifest: {
        id: '/',
        name: site.title?.vi ?? 'Hướng dẫn tài khoản định danh điện tử',
        short_name: site.shortTitle?.vi ?? 'Định danh',
        lang: 'vi',
        start_url: '/?src=pwa',
        scope: '/',
        display: 'standalone',
        background_color: '#ffffff',
        theme_color: '#0b4f8a',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      injectManifest: {
        globPatterns: ['**/*.{js,css,html,svg,png}'], // the manifest is added by the plugin itself,
        // Organizers' dashboard: never downloaded by citizens' phones.
        // assets/points/: provinces' data, cached on first use. PNG icons: for installing the app and the
        // tab's icon (fetched then, online; the browser keeps its favicons). The tab's icon is a 32 px PNG (803 B), not
        // the SVG: a page decodes an SVG icon as a whole document on its main thread, a long task on a cheap
        // phone (decision 0038); the SVG icon (rules pages) is precached.
        // The on-demand files (src/build/on-demand-assets.ts): cached on first use (src/sw/sw.ts caches
        // every /assets/ file it serves), or at kiosk/volunteer setup.
        globIgnores: ['dashboard.html', 'assets/dashboard-*', 'assets/points/**', 'assets/on-demand/**', 'icons/*.png'],
        manifestTransforms: [(entries) => ({ manifest: entries.filter((e) => !onDemand.files.has(e.url)), warnings: [] })],
      },
    }),
  ],
  define: { __APP_VERSION__: JSON.stringify(pkg.version) },
  build: {
    target: 'es2020',
    // No preload helper or dependency map in the main bundle (~600 B gzip): a lazy screen's own imports
    // then load one step later on a first visit; after it, everything comes from the precache.
    modulePreload: false,
    rolldownOptions: {
      transform: { assumptions: { setPublicClassFields: true } },
      // Constants imported from another module are written in place (a shared key such as the kiosk
      // flag's costs no variable): 32 B gzip less on the first screen than the default 'smart' mode.
      optimization: { inlineConst: { mode: 'all' } },
      output: {
        // Each province's registration points is its own chunk, in a folder the precache leaves out
        // (not a name prefix: the "points" locale chunks are named points-<hash> and must be precached).
        chunkFileNames: (chunk) =>
          chunk.facadeModuleId?.includes('virtual:content/points/province/')
            ? 'assets/points/[name]-[hash].js'
            : // The QR scanning library (checker's card QR, no BarcodeDetector): large and rarely needed.
              chunk.facadeModuleId?.endsWith('src/platform/camera/qr-library.ts')
              ? 'assets/on-demand/[name]-[hash].js'
              : 'assets/[name]-[hash].js',
      },
    },
  },
});
