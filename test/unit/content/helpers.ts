import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { tempDir } from '../support/temp-dir';

/** A throwaway project root holding the given content files (paths like `content/site/site.yaml`). */
export function tempRoot(files: Record<string, string>): string {
  const root = tempDir('vneid-content-');
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}
