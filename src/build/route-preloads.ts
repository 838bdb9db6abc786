import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import ts from 'typescript';
import type { Plugin } from 'vite';
import { PRELOADS_FILE, type Needs, type PreloadMap } from '../core/preload-map';

interface ScreenSource {
  /** The module the registry imports for the route, resolved to a file. */
  module: string;
  namespaces: string[];
}

/**
 * Reads src/app/screens/registry.ts (the one table of screens) for each route's dynamic import and
 * namespaces, so this plugin never needs a second list to keep in step.
 */
export function readScreenRegistry(file: string): Record<string, ScreenSource> {
  const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
  const out: Record<string, ScreenSource> = {};
  const visit = (node: ts.Node) => {
    if (
      ts.isVariableDeclaration(node) &&
      node.name.getText() === 'screens' &&
      node.initializer &&
      ts.isObjectLiteralExpression(node.initializer)
    ) {
      for (const prop of node.initializer.properties) {
        if (!ts.isPropertyAssignment(prop) || !ts.isObjectLiteralExpression(prop.initializer)) continue;
        const id = prop.name.getText().replace(/['"]/g, '');
        let module = '';
        let namespaces: string[] = [];
        const find = (n: ts.Node) => {
          if (ts.isCallExpression(n) && n.expression.kind === ts.SyntaxKind.ImportKeyword) {
            const arg = n.arguments[0];
            if (arg && ts.isStringLiteral(arg)) module = arg.text;
          }
          if (ts.isPropertyAssignment(n) && n.name.getText() === 'namespaces' && ts.isArrayLiteralExpression(n.initializer)) {
            namespaces = n.initializer.elements.filter(ts.isStringLiteral).map((e) => e.text);
          }
          ts.forEachChild(n, find);
        };
        find(prop.initializer);
        out[id] = { module: module ? resolve(dirname(file), module) : '', namespaces };
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  if (Object.keys(out).length === 0) throw new Error(`route-preloads: no \`screens\` table found in ${file}`);
  return out;
}

interface ChunkLike {
  type: 'chunk';
  fileName: string;
  isEntry: boolean;
  facadeModuleId: string | null;
  moduleIds: string[];
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

const RESOLVED = '\0virtual:content/';

/**
 * What each route needs before its first paint, as files of the build, so the server can name them
 * in the page's <head> (`<link rel="modulepreload">`) and the browser fetches them all at once,
 * instead of discovering them one by one (HTML → entry → screen → its data: a round trip each).
 * Writes the map (src/core/preload-map.ts) to dist/route-preloads.json, which the server reads at start
 * and never serves.
 */
export function routePreloads(options: { registry?: string } = {}): Plugin {
  let registryFile = '';
  let pointIds: Record<string, string[]> = {};
  return {
    name: 'vneid-route-preloads',
    apply: 'build',
    enforce: 'post',
    configResolved(config) {
      registryFile = resolve(config.root, options.registry ?? 'src/app/screens/registry.ts');
    },
    transform(code, id) {
      // The compiled point ids (province → ids), to know which province chunk a point's page needs.
      if (id === `${RESOLVED}points/ids`) {
        const literal = /JSON\.parse\(("(?:[^"\\]|\\.)*")\)/.exec(code)?.[1];
        if (literal) pointIds = JSON.parse(JSON.parse(literal) as string) as Record<string, string[]>;
      }
      return null;
    },
    // After the bundle is final (Vite drops CSS-only chunks late in generateBundle).
    writeBundle(outputOptions, bundle) {
      const chunks = Object.values(bundle).filter((c): c is typeof c & ChunkLike => c.type === 'chunk') as unknown as ChunkLike[];
      const entry = chunks.find((c) => c.isEntry && c.fileName.startsWith('assets/index-'));
      if (!entry) throw new Error('route-preloads: no entry chunk');
      const byName = new Map(chunks.map((c) => [c.fileName, c]));
      const facade = (id: string) => chunks.find((c) => c.facadeModuleId === id) ?? chunks.find((c) => c.moduleIds.includes(id));

      // A chunk and everything it imports statically, minus what the entry already brought.
      const closure = (chunk: ChunkLike | undefined): Needs => {
        const js = new Set<string>();
        const css = new Set<string>();
        const walk = (c: ChunkLike | undefined) => {
          if (!c || c === entry || js.has(c.fileName)) return; // unknown names: chunks Vite removed (CSS only)
          js.add(c.fileName);
          c.viteMetadata?.importedCss.forEach((f) => css.add(f));
          c.imports.forEach((f) => walk(byName.get(f)));
        };
        walk(chunk);
        return { js: [...js].map((f) => `/${f}`), css: [...css].map((f) => `/${f}`) };
      };
      const inEntry = (id: string) => entry.moduleIds.includes(id);

      const registry = readScreenRegistry(registryFile);
      const out: PreloadMap = {
        routes: {},
        namespaces: {},
        locales: {},
        localeIndex: closure(facade(`${RESOLVED}locales`)),
        rules: {},
        tutorials: {},
        points: {},
      };
      for (const [route, screen] of Object.entries(registry)) {
        out.namespaces[route] = screen.namespaces;
        if (!screen.module) {
          out.routes[route] = { js: [], css: [] }; // bundled with the entry (home)
          continue;
        }
        const chunk = chunks.find((c) => c.facadeModuleId && stripExt(c.facadeModuleId) === stripExt(screen.module));
        if (!chunk) throw new Error(`route-preloads: no chunk for ${route} (${screen.module})`);
        out.routes[route] = closure(chunk);
      }
      for (const c of chunks) {
        const id = c.facadeModuleId ?? '';
        const locale = id.startsWith(`${RESOLVED}locale/`) ? id.slice(`${RESOLVED}locale/`.length).split('/') : null;
        if (locale && locale.length === 2 && !inEntry(id)) (out.locales[locale[0]!] ??= {})[locale[1]!] = `/${c.fileName}`;
        if (id.startsWith(`${RESOLVED}rules/`)) out.rules[id.slice(`${RESOLVED}rules/`.length)] = closure(c);
        const tutorial = id.startsWith(`${RESOLVED}tutorial/`) ? id.slice(`${RESOLVED}tutorial/`.length).split('/') : null;
        if (tutorial && tutorial.length === 2) (out.tutorials[tutorial[1]!] ??= {})[tutorial[0]!] = closure(c);
      }
      const ids = closure(facade(`${RESOLVED}points/ids`));
      for (const [province, points] of Object.entries(pointIds)) {
        const data = closure(facade(`${RESOLVED}points/province/${province}`));
        for (const point of points) out.points[point] = { js: [...ids.js, ...data.js], css: [] };
      }
      writeFileSync(join(outputOptions.dir ?? 'dist', PRELOADS_FILE), JSON.stringify(out));
    },
  };
}

const stripExt = (f: string) => f.replace(/\.(tsx?|jsx?)$/, '');
