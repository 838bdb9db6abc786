import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipAsync } from '@gfx/zopfli';
import type { Plugin } from 'vite';

/**
 * The first screen's files (index.html, the stylesheets and scripts it names, and every chunk those
 * scripts import statically) gzipped with Zopfli next to them, as `<file>.gz`: ~4% fewer bytes than
 * zlib level 9, in the same format every browser reads. A browser without brotli (plain HTTP) gets
 * these; the server checks each one against its file at start-up (src/server/static-files.ts).
 * Only the first round trip is worth the time (~0.5 s here; the whole build would take ~10 s).
 */
export function firstScreenGzip(): Plugin {
  return {
    name: 'first-screen-gzip',
    apply: 'build',
    async writeBundle(options, bundle) {
      const dir = options.dir ?? 'dist';
      const files = firstScreenFiles(readFileSync(join(dir, 'index.html'), 'utf8'), (file) => {
        const chunk = bundle[file];
        return chunk?.type === 'chunk' ? chunk.imports : [];
      });
      for (const file of files) {
        const body = readFileSync(join(dir, file));
        writeFileSync(join(dir, `${file}.gz`), await gzipAsync(body, { numiterations: 15 }));
      }
    },
  };
}

/** index.html, what it loads (scripts, stylesheets, module preloads), and those scripts' static imports. */
export function firstScreenFiles(html: string, importsOf: (file: string) => readonly string[]): string[] {
  const refs = [
    ...html.matchAll(/<script[^>]+src="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+rel="(?:stylesheet|modulepreload)"[^>]*href="\/([^"]+)"/g),
    ...html.matchAll(/<link[^>]+href="\/([^"]+)"[^>]*rel="(?:stylesheet|modulepreload)"/g),
  ].map((m) => m[1]!);
  const files = ['index.html', ...new Set(refs)];
  for (let i = 0; i < files.length; i++) for (const dep of importsOf(files[i]!)) if (!files.includes(dep)) files.push(dep);
  return files;
}
