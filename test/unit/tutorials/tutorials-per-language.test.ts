import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { compileTutorials, tutorialsCollection } from '../../../src/build/content/tutorials';
import { pick, type Lang, type LocalizedText } from '../../../src/core/i18n/languages';
import { localDay } from '../../../src/core/tutorials/freshness';
import { compiledExport } from '../support/compiled-module';

// The real content: each tutorial ships once per language (virtual:content/tutorial/<id>/<lang>).
const out = tutorialsCollection.compile(process.cwd());
const { tutorials } = compileTutorials(process.cwd(), localDay(new Date()));
const read = (name: string): Promise<unknown> => compiledExport(out.modules[name], 'tutorial');

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

describe("each language's copy of a tutorial", () => {
  it('exists for every tutorial', () => {
    expect(out.errors).toEqual([]);
    expect(tutorials.length).toBeGreaterThan(5);
  });

  it.each(tutorials.flatMap((t) => (['vi', 'en'] as Lang[]).map((lang) => [t.id, lang] as const)))(
    '%s in %s: shows exactly what the bilingual tutorial shows, carries one language and every illustration',
    async (id, lang) => {
      const whole = tutorials.find((t) => t.id === id)!;
      const own = (await read(`tutorial/${id}/${lang}`)) as typeof whole;
      const full = texts(whole);
      const mine = texts(own);
      expect(mine.map(([p]) => p)).toEqual(full.map(([p]) => p));
      mine.forEach(([path, text], i) => {
        expect(Object.keys(text), path).toHaveLength(1);
        expect((text as Record<string, string>)[lang] ?? text.vi, path).toBe(pick(full[i]![1], lang));
      });
      expect(own.illustrations).toEqual(whole.illustrations);
      expect(own.steps.map((s) => s.id)).toEqual(whole.steps.map((s) => s.id));
    },
  );

  it('the Vietnamese copies together are smaller than the bilingual tutorials were', () => {
    const gz = (code: string) => gzipSync(code, { level: 9 }).length;
    const bilingual = tutorials.reduce((n, t) => n + gz(JSON.stringify(t)), 0);
    const vi = tutorials.reduce((n, t) => n + gz(out.modules[`tutorial/${t.id}/vi`] ?? ''), 0);
    expect(vi).toBeLessThan(bilingual * 0.9);
  });
});
