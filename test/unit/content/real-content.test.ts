import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../src/build/content/compile';
import { formatContentError } from '../../../src/build/content/errors';
import { localesCollection } from '../../../src/build/content/locales';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

describe('the real content/ folder', () => {
  it('compiles with no errors', () => {
    const { errors } = compileContent(process.cwd());
    expect(errors.map(formatContentError)).toEqual([]);
  });

  it('has every UI text key used in the source in Vietnamese', () => {
    const out = localesCollection.compile(process.cwd());
    const vi = new Set<string>();
    for (const [name, code] of Object.entries(out.modules)) {
      if (!name.startsWith('locale/vi/')) continue;
      const table = JSON.parse(JSON.parse(/JSON\.parse\((".*")\)/.exec(code)?.[1] ?? '""')) as Record<string, string>;
      Object.keys(table).forEach((k) => vi.add(k));
    }
    const used = new Set<string>();
    const walk = (dir: string) => {
      for (const n of readdirSync(dir)) {
        const p = join(dir, n);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.tsx?$/.test(n))
          for (const m of readFileSync(p, 'utf8').matchAll(/\bt\('([a-z][\w-]*\.[\w.-]+)'/g)) used.add(m[1] ?? '');
      }
    };
    walk('src/app');
    const missing = [...used].filter((k) => !vi.has(k));
    expect(missing).toEqual([]);
  });
});
