import type { Plugin } from 'vite';

/**
 * Modules a citizen on a phone rarely needs, each loaded by a dynamic `import()`: the kiosk and
 * volunteer modes, the organizers' posters, the English texts (tables, rules and tutorials; a
 * browser in English fetches them on its first visit), the QR maker and the camera QR library.
 */
export const ON_DEMAND_ROOTS: readonly RegExp[] = [
  /\/src\/app\/screens\/(kiosk|volunteer|posters)\//,
  /^\0?virtual:content\/locale\/en\//,
  /^\0?virtual:content\/rules\/en$/,
  /^\0?virtual:content\/tutorial\/[^/]+\/en$/,
  /\/node_modules\/qrcode\//,
  /\/src\/platform\/camera\/qr-library\.ts$/,
];

interface ChunkInfo {
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  imports: readonly string[];
  dynamicImports: readonly string[];
  css: readonly string[];
}

/**
 * The files to leave out of the precache: every chunk a citizen's screens cannot reach without
 * passing through an on-demand root (following static and dynamic imports from the entry), and the
 * stylesheets only those chunks use. A chunk shared with a citizen's screen stays precached.
 */
export function onDemandFiles(chunks: readonly ChunkInfo[], roots: readonly RegExp[] = ON_DEMAND_ROOTS): Set<string> {
  const byName = new Map(chunks.map((c) => [c.fileName, c]));
  const isRoot = (c: ChunkInfo) => !!c.facadeModuleId && roots.some((r) => r.test(c.facadeModuleId!.replaceAll('\\', '/')));
  const reached = new Set<string>();
  const queue = chunks.filter((c) => c.isEntry && !isRoot(c));
  for (let c = queue.shift(); c; c = queue.shift()) {
    if (reached.has(c.fileName)) continue;
    reached.add(c.fileName);
    for (const name of [...c.imports, ...c.dynamicImports]) {
      const next = byName.get(name);
      if (next && !reached.has(next.fileName) && (!isRoot(next) || c.imports.includes(name))) queue.push(next);
    }
  }
  const citizenCss = new Set(chunks.filter((c) => reached.has(c.fileName)).flatMap((c) => c.css));
  const out = new Set<string>();
  for (const c of chunks) {
    if (reached.has(c.fileName)) continue;
    out.add(c.fileName);
    for (const css of c.css) if (!citizenCss.has(css)) out.add(css);
  }
  return out;
}

/**
 * Collects the on-demand files of the build (`files`, dist-relative) for the precache manifest to
 * leave out (vite.config.ts); the service worker caches them when first fetched, and kiosk and
 * volunteer setup fetch theirs at once (src/platform/offline/keep-assets.ts).
 */
export function onDemandAssets(): Plugin & { files: Set<string> } {
  const files = new Set<string>();
  return {
    name: 'on-demand-assets',
    apply: 'build',
    files,
    generateBundle(_options, bundle) {
      files.clear();
      const chunks: ChunkInfo[] = [];
      for (const c of Object.values(bundle)) {
        if (c.type !== 'chunk') continue;
        const meta = (c as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata;
        chunks.push({ ...c, css: [...(meta?.importedCss ?? [])] });
      }
      for (const f of onDemandFiles(chunks)) files.add(f);
    },
  };
}
