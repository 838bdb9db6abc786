import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** Writes the generated type files, only those whose text changed (so watchers do not loop). */
export function writeContentTypes(root: string, types: ReadonlyMap<string, string>): string[] {
  const written: string[] = [];
  for (const [path, text] of types) {
    const file = resolve(root, path);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    written.push(path);
  }
  return written;
}
