import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Files under `dir` with one of the given endings, sorted, as paths relative to `base` with `/`. */
export function listFiles(base: string, dir: string, endings: readonly string[]): string[] {
  const root = join(base, dir);
  if (!existsSync(root)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (endings.some((e) => name.endsWith(e))) out.push(relative(base, full).split(sep).join('/'));
    }
  };
  walk(root);
  return out;
}

/** Reads a content file as UTF-8 text. Paths are relative to the content folder. */
export function readContent(base: string, file: string): string {
  return readFileSync(join(base, file), 'utf8');
}
