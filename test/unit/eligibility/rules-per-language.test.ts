import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { rulesCollection } from '../../../src/build/content/rules';
import { compiledExport } from '../support/compiled-module';
import { pick, type Lang, type LocalizedText } from '../../../src/core/i18n/languages';

const out = rulesCollection.compile(process.cwd());
const read = (name: string): Promise<unknown> => compiledExport(out.modules[name], 'rulesets');

/** Every localized text in a value, with its path. */
function texts(value: unknown, path = '', found: [string, LocalizedText][] = []): [string, LocalizedText][] {
  if (Array.isArray(value)) value.forEach((v, i) => texts(v, `${path}[${i}]`, found));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    const keys = Object.keys(o);
    if (keys.length > 0 && keys.every((k) => k === 'vi' || k === 'en')) found.push([path, o as LocalizedText]);
    else for (const k of keys) texts(o[k], `${path}.${k}`, found);
  }
  return found;
}

const full = texts(await read('rules'));

describe("each language's copy of the rules", () => {
  it.each(['vi', 'en'] as Lang[])('%s: shows exactly what the full rules show, and carries one language', async (lang) => {
    const own = texts(await read(`rules/${lang}`));
    expect(own.map(([p]) => p)).toEqual(full.map(([p]) => p));
    own.forEach(([path, text], i) => {
      const [, whole] = full[i]!;
      expect(Object.keys(text), path).toHaveLength(1);
      expect((text as Record<string, string>)[lang] ?? text.vi, path).toBe(pick(whole, lang));
    });
  });

  it('is smaller than both languages together', () => {
    const gz = (name: string) => gzipSync(out.modules[name] ?? '', { level: 9 }).length;
    expect(gz('rules/vi')).toBeLessThan(gz('rules') * 0.75);
    expect(gz('rules/en')).toBeLessThan(gz('rules') * 0.75);
  });
});
