import { build } from 'esbuild';
import preact from '@preact/preset-vite';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build as viteBuild } from 'vite';
import { contentPlugin } from './content-plugin';

/**
 * `npm run build` (last step): the Node server as plain JavaScript in dist-server/, so that
 * `npm run serve` starts it without a TypeScript loader (docs/decisions/0037-compiled-server.md).
 * Two entries: the server, and the SQLite count store's worker thread, which the server starts
 * from the file beside its own (storage/worker-count-store.ts). Native and database drivers stay
 * in node_modules: better-sqlite3 loads a compiled addon, pg an optional native binding.
 */
export const SERVER_OUT_DIR = 'dist-server';

export async function buildServer(outdir = SERVER_OUT_DIR): Promise<void> {
  rmSync(outdir, { recursive: true, force: true });
  await build({
    entryPoints: {
      main: 'src/server/main.ts',
      'count-store-worker': 'src/server/storage/count-store-worker.ts',
      'point-render-worker': 'src/server/point-pages/render-worker.ts',
    },
    outdir,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    external: ['better-sqlite3', 'pg', 'pg-native'],
    // A bundled CommonJS module that calls require() (a Node built-in) needs one in an ES module.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: 'linked',
    legalComments: 'none',
    logLevel: 'warning',
  });
  await buildPointRenderer(outdir);
}

/**
 * The app's point page for the server to render (src/app/render-point.tsx, loaded by
 * point-pages/render-worker.ts): built by Vite with the app's content plugin, as the browser's
 * build is, into one self-contained module and its data chunks under dist-server/render/.
 */
async function buildPointRenderer(outdir: string): Promise<void> {
  await viteBuild({
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    plugins: [contentPlugin(), preact()],
    define: { __APP_VERSION__: JSON.stringify('server') },
    build: { ssr: 'src/app/render-point.tsx', outDir: join(outdir, 'render'), emptyOutDir: true, minify: false, sourcemap: false },
    ssr: { noExternal: true }, // everything inside: the server needs no app libraries in node_modules
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
