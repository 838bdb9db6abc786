import type { ContentCollection } from './collection';
import { collections as allCollections } from './collections';
import type { ContentError } from './errors';

/** Compiles every collection; returns all modules, generated types and all errors, sorted by file and line. */
export function compileContent(
  root: string,
  collections: readonly ContentCollection[] = allCollections,
): { modules: Map<string, string>; errors: ContentError[]; types: Map<string, string> } {
  const modules = new Map<string, string>();
  const types = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const c of collections) {
    let out;
    try {
      out = c.compile(root);
    } catch (e) {
      // A bug in a collection must still name where it happened, not crash the build silently.
      errors.push({ file: `content (${c.name})`, line: 1, field: 'compiler', found: String(e), expected: 'no internal error' });
      continue;
    }
    for (const [name, code] of Object.entries(out.modules)) modules.set(name, code);
    for (const [path, text] of Object.entries(out.types ?? {})) types.set(path, text);
    errors.push(...out.errors);
  }
  errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line);
  return { modules, errors, types };
}
