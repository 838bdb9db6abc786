import { resolve } from 'node:path';
import type { Plugin, ViteDevServer } from 'vite';
import { compileContent } from './content/compile';
import { ContentBuildError } from './content/errors';
import { writeContentTypes } from './content/write-types';

const PREFIX = 'virtual:content/';
const RESOLVED = '\0' + PREFIX;

/**
 * Compiles content/ (site settings, locales, rules, tutorials, points) into typed virtual modules,
 * `import { site } from 'virtual:content/site'`, and writes the types generated from content
 * (src/types/message-key.d.ts). Bad content fails the build with every error at
 * once (`file:line: field: found X, expected Y`); in dev the error shows in the overlay and is
 * recompiled on save.
 */
export function contentPlugin(options: { root?: string } = {}): Plugin {
  let root = options.root ?? process.cwd();
  let modules = new Map<string, string>();
  let server: ViteDevServer | undefined;

  const compile = () => {
    const out = compileContent(root);
    if (out.errors.length) throw new ContentBuildError(out.errors);
    modules = out.modules;
    writeContentTypes(root, out.types);
  };

  return {
    name: 'vneid-content',
    enforce: 'pre',
    configResolved(config) {
      root = options.root ?? config.root;
    },
    configureServer(s) {
      server = s;
      s.watcher.add(resolve(root, 'content'));
    },
    buildStart() {
      try {
        compile();
      } catch (e) {
        if (e instanceof ContentBuildError) this.error(e.message);
        throw e;
      }
    },
    resolveId(id) {
      if (id.startsWith(PREFIX)) return RESOLVED + id.slice(PREFIX.length);
      return null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED)) return null;
      const name = id.slice(RESOLVED.length);
      const code = modules.get(name);
      if (code === undefined) this.error(`No content module "${PREFIX}${name}". Known: ${[...modules.keys()].join(', ')}`);
      return code;
    },
    handleHotUpdate({ file }) {
      if (!file.startsWith(resolve(root, 'content'))) return;
      try {
        compile();
      } catch (e) {
        server?.ws.send({ type: 'error', err: { message: e instanceof Error ? e.message : String(e), stack: '' } });
        return [];
      }
      for (const mod of server?.moduleGraph.idToModuleMap.values() ?? []) {
        if (mod.id?.startsWith(RESOLVED)) server?.moduleGraph.invalidateModule(mod);
      }
      server?.ws.send({ type: 'full-reload' });
      return [];
    },
  };
}
