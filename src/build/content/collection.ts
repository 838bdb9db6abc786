import type { ContentError } from './errors';

/**
 * A kind of content (site settings, locales, rules, tutorials, points...). Each one reads its own
 * files under content/ (paths relative to the project root `root`), validates them, and returns the virtual modules the app imports as
 * `virtual:content/<name>`. Collections never throw on bad content: they return errors, so the build
 * can list every problem in every file at once.
 */
export interface ContentCollection {
  /** Short name, for messages. */
  name: string;
  compile(root: string): CompiledContent;
}

export interface CompiledContent {
  /** Module name (after `virtual:content/`) → JavaScript source. */
  modules: Record<string, string>;
  errors: ContentError[];
  /**
   * Type declarations generated from the content, by path from the project root (e.g. the
   * MessageKey union from the Vietnamese texts): written next to the code by the Vite plugin and
   * by `npm run typecheck`, never committed (see .gitignore).
   */
  types?: Record<string, string>;
}

/**
 * Data as an ES module. JSON.parse of a string literal is faster to start than an object literal
 * for large data, and keeps the output valid whatever the content's characters.
 */
export function dataModule(data: unknown, exportName = 'default'): string {
  const literal = JSON.stringify(JSON.stringify(data));
  return exportName === 'default' ? `export default JSON.parse(${literal});\n` : `export const ${exportName} = JSON.parse(${literal});\n`;
}
