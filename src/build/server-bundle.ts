import { build } from 'esbuild';
import { rmSync } from 'node:fs';

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
}

if (import.meta.url === `file://${process.argv[1]}`) await buildServer();
