import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../../src/build/content/errors';
import { localesCollection } from '../../../src/build/content/locales';
import { importCompiled } from '../support/compiled-module';
import { tempRoot } from './helpers';

const compile = (files: Record<string, string>) => localesCollection.compile(tempRoot(files));
const messages = (files: Record<string, string>) =>
  compile(files)
    .errors.sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line)
    .map(formatContentError);

describe('locale content', () => {
  it('flattens nested keys under the file namespace', async () => {
    const out = compile({ 'content/locales/vi/demo.json': '{"a": {"b": "Xin chào {name}"}}' });
    expect(out.errors).toEqual([]);
    const table = (await importCompiled(out.modules['locale/vi/demo'])).default;
    expect(table).toEqual({ 'demo.a.b': 'Xin chào {name}' });
    expect(out.modules['locales']).toContain('virtual:content/locale/vi/demo');
  });

  it('checks plural texts against the forms each language uses (Intl.PluralRules)', () => {
    const vi = '{\n  "days": { "other": "{n} ngày" },\n  "options": { "a": "A", "other": "Khác" }\n}';
    expect(
      messages({ 'content/locales/vi/demo.json': vi, 'content/locales/en/demo.json': '{"days": {"one": "{n} day", "other": "{n} days"}}' }),
    ).toEqual([]);
    expect(
      messages({
        'content/locales/vi/demo.json': '{\n  "days": { "one": "{n} ngày", "other": "{n} ngày" }\n}',
        'content/locales/en/demo.json': '{\n  "days": { "other": "{n} days" }\n}',
      }),
    ).toEqual([
      'content/locales/en/demo.json:2: demo.days: found plural forms other, expected the forms en uses: one, other',
      'content/locales/vi/demo.json:2: demo.days: found plural forms one, other, expected the forms vi uses: other',
    ]);
  });

  it('writes the MessageKey type from the Vietnamese keys', () => {
    const out = compile({ 'content/locales/vi/demo.json': '{"b": "B", "a": {"x": "X"}}', 'content/locales/en/demo.json': '{"b": "B"}' });
    expect(Object.values(out.types ?? {})[0]).toContain('export type MessageKey =\n  | "demo.a.x"\n  | "demo.b";\n');
  });

  it('reports a JSON syntax error with its line', () => {
    const [m] = messages({ 'content/locales/vi/demo.json': '{\n  "a": "x",\n  "b": \n}' });
    expect(m).toMatch(/^content\/locales\/vi\/demo\.json:4: JSON: found .+, expected valid JSON$/);
  });

  it('rejects empty and non-text values, English-only keys and lost placeholders, all at once', () => {
    expect(
      messages({
        'content/locales/vi/demo.json': '{\n  "hello": "Chào {name}",\n  "empty": "",\n  "count": 3\n}',
        'content/locales/en/demo.json': '{\n  "hello": "Hello {nme}",\n  "extra": "Only in English"\n}',
      }),
    ).toEqual([
      "content/locales/en/demo.json:2: demo.hello: found placeholders {nme}, expected the Vietnamese text's {name}",
      'content/locales/en/demo.json:3: demo.extra: found a key with no Vietnamese text, expected the same key in content/locales/vi/demo.json',
      'content/locales/vi/demo.json:3: demo.empty: found an empty value, expected a non-empty text',
      'content/locales/vi/demo.json:4: demo.count: found 3, expected a non-empty text',
    ]);
  });

  it('rejects an unknown language folder', () => {
    expect(messages({ 'content/locales/fr/demo.json': '{}' })).toEqual([
      'content/locales/fr/demo.json:1: language folder: found "fr", expected content/locales/<vi|en>/<namespace>.json',
    ]);
  });

  it('allows English to lag behind: a key missing in English is not an error', () => {
    expect(
      messages({ 'content/locales/vi/demo.json': '{"a": "một", "b": "hai"}', 'content/locales/en/demo.json': '{"a": "one"}' }),
    ).toEqual([]);
  });
});
