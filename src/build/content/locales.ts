import { LANGUAGES, SOURCE_LANG } from '../../core/i18n/languages';
import { placeholders } from '../../core/i18n/messages';
import type { CompiledContent, ContentCollection } from './collection';
import { dataModule } from './collection';
import { describeFound, type ContentError } from './errors';
import { listFiles, readContent } from './files';

/**
 * content/locales/<lang>/<namespace>.json → `virtual:content/locale/<lang>/<namespace>` (a flat
 * table keyed `namespace.key`) and `virtual:content/locales`, an index of lazy loaders.
 * Vietnamese is the source: a key only in English is an error (a typo or a removed text); a key
 * missing in English falls back to Vietnamese at run time.
 */
/**
 * Vietnamese tables the first screen needs: src/app/i18n.ts imports them statically so they ship
 * inside the main bundle; listing them in the lazy index too would split them into extra chunks.
 */
const FIRST_SCREEN_NAMESPACES = ['common', 'home'];

export const localesCollection: ContentCollection = {
  name: 'locales',
  compile(root) {
    const errors: ContentError[] = [];
    const tables: Record<string, Record<string, Record<string, string>>> = {};
    const keyLines: Record<string, Record<string, { file: string; line: number }>> = {};

    for (const file of listFiles(root, 'content/locales', ['.json'])) {
      const [, , lang, nsFile, extra] = file.split('/');
      const ns = nsFile?.replace(/\.json$/, '') ?? '';
      if (extra !== undefined || !lang || !(LANGUAGES as readonly string[]).includes(lang)) {
        errors.push({
          file,
          line: 1,
          field: 'language folder',
          found: describeFound(lang),
          expected: `content/locales/<${LANGUAGES.join('|')}>/<namespace>.json`,
        });
        continue;
      }
      if (!/^[a-z][a-z0-9-]*$/.test(ns)) {
        errors.push({ file, line: 1, field: 'file name', found: describeFound(ns), expected: 'lower-case letters, digits and -' });
        continue;
      }
      const text = readContent(root, file);
      const parsed = parseJsonWithLines(text);
      if ('error' in parsed) {
        errors.push({ file, line: parsed.line, field: 'JSON', found: parsed.error, expected: 'valid JSON' });
        continue;
      }
      const flat: Record<string, string> = {};
      flatten(parsed.value, ns, (key, value, path) => {
        const line = lineOfKey(text, path);
        if (typeof value !== 'string' || value.trim() === '') {
          errors.push({ file, line, field: key, found: describeFound(value), expected: 'a non-empty text' });
          return;
        }
        flat[key] = value;
        (keyLines[lang] ??= {})[key] = { file, line };
      });
      (tables[lang] ??= {})[ns] = flat;
    }

    const source = tables[SOURCE_LANG] ?? {};
    for (const lang of LANGUAGES) {
      for (const table of Object.values(tables[lang] ?? {})) errors.push(...pluralProblems(lang, table, keyLines[lang] ?? {}));
      if (lang === SOURCE_LANG) continue;
      for (const [ns, table] of Object.entries(tables[lang] ?? {})) {
        for (const [key, text] of Object.entries(table)) {
          const where = keyLines[lang]?.[key] ?? { file: `content/locales/${lang}/${ns}.json`, line: 1 };
          // An English "one" form answers to the Vietnamese "other" (Vietnamese has no other form).
          const vi = source[ns]?.[key] ?? source[ns]?.[pluralOther(key, source[ns]) ?? ''];
          if (vi === undefined) {
            errors.push({
              ...where,
              field: key,
              found: 'a key with no Vietnamese text',
              expected: `the same key in content/locales/${SOURCE_LANG}/${ns}.json`,
            });
          } else if (placeholders(vi).join() !== placeholders(text).join()) {
            errors.push({
              ...where,
              field: key,
              found: `placeholders {${placeholders(text).join('}, {')}}`,
              expected: `the Vietnamese text's {${placeholders(vi).join('}, {')}}`,
            });
          }
        }
      }
    }

    const modules: CompiledContent['modules'] = {};
    const loaders: string[] = [];
    for (const lang of LANGUAGES) {
      const entries: string[] = [];
      for (const [ns, table] of Object.entries(tables[lang] ?? {})) {
        modules[`locale/${lang}/${ns}`] = dataModule(table);
        if (lang === SOURCE_LANG && FIRST_SCREEN_NAMESPACES.includes(ns)) continue;
        entries.push(`${JSON.stringify(ns)}: () => import(${JSON.stringify(`virtual:content/locale/${lang}/${ns}`)})`);
      }
      loaders.push(`${lang}: {${entries.join(', ')}}`);
    }
    modules['locales'] = `export const loaders = {${loaders.join(', ')}};\n`;
    return { modules, errors, types: { [MESSAGE_KEY_FILE]: messageKeyTypes(source) } };
  },
};

/**
 * A text that depends on a number is an object of plural forms, `{ "one": "…", "other": "…" }`,
 * named by the categories of Intl.PluralRules (Vietnamese has only "other"; English "one" and
 * "other"). The Vietnamese text must have "other": the key the code names.
 */
const PLURAL_CATEGORIES = ['zero', 'one', 'two', 'few', 'many', 'other'];

/** The base of a plural text: an object whose keys are all plural categories, with "other". */
function pluralBases(table: Record<string, string>): Set<string> {
  const children = new Map<string, string[]>();
  for (const key of Object.keys(table)) {
    const cut = key.lastIndexOf('.');
    const base = key.slice(0, cut);
    children.set(base, [...(children.get(base) ?? []), key.slice(cut + 1)]);
  }
  return new Set(
    [...children].filter(([, names]) => names.includes('other') && names.every((n) => PLURAL_CATEGORIES.includes(n))).map(([base]) => base),
  );
}

/** `x.one` → `x.other` when x is a plural text of `source`; null otherwise. */
function pluralOther(key: string, source: Record<string, string> | undefined): string | null {
  const cut = key.lastIndexOf('.');
  return source && PLURAL_CATEGORIES.includes(key.slice(cut + 1)) && pluralBases(source).has(key.slice(0, cut))
    ? `${key.slice(0, cut)}.other`
    : null;
}

/** Every plural text has exactly the forms its language uses (Intl.PluralRules). */
function pluralProblems(
  lang: string,
  table: Record<string, string>,
  lines: Record<string, { file: string; line: number }>,
): ContentError[] {
  const needed = new Intl.PluralRules(lang).resolvedOptions().pluralCategories as string[];
  const errors: ContentError[] = [];
  for (const base of pluralBases(table)) {
    const forms = PLURAL_CATEGORIES.filter((c) => `${base}.${c}` in table);
    if (forms.length === needed.length && needed.every((c) => forms.includes(c))) continue;
    errors.push({
      ...(lines[`${base}.other`] ?? { file: `content/locales/${lang}`, line: 1 }),
      field: base,
      found: `plural forms ${forms.join(', ')}`,
      expected: `the forms ${lang} uses: ${needed.join(', ')}`,
    });
  }
  return errors;
}

/** Where the MessageKey type is written (generated, not committed). */
export const MESSAGE_KEY_FILE = 'src/types/message-key.d.ts';

/** The keys of the Vietnamese tables as a union type: `t()` then accepts only texts that exist. */
export function messageKeyTypes(source: Record<string, Record<string, string>>): string {
  const keys = Object.values(source)
    .flatMap((table) => Object.keys(table))
    .sort();
  return [
    '// Generated from content/locales/vi/*.json by src/build/content/locales.ts: do not edit.',
    '// `npm run typecheck`, `npm run build` and `npm run dev` rewrite it.',
    '',
    '/** The key of every text (Vietnamese is the source). */',
    'export type MessageKey =',
    ...keys.map((k, i) => `  | ${JSON.stringify(k)}${i === keys.length - 1 ? ';' : ''}`),
    '',
  ].join('\n');
}

function flatten(value: unknown, prefix: string, visit: (key: string, value: unknown, path: string[]) => void, path: string[] = []): void {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    for (const [k, v] of Object.entries(value)) flatten(v, `${prefix}.${k}`, visit, [...path, k]);
  } else visit(prefix, value, path);
}

/** JSON.parse, with the line of a syntax error. */
export function parseJsonWithLines(text: string): { value: unknown } | { error: string; line: number } {
  try {
    return { value: JSON.parse(text) };
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e);
    const at = errorOffset(text);
    // The whole message: a cut one ("Expected ',' or '}' after property va...") hides what to fix.
    const clean = (message.replace(/\s+/g, ' ').split(/, "|, \.\.\./)[0] ?? message)
      .split(' in JSON')[0]
      ?.replace(/ is not valid JSON$/, '');
    return { error: JSON.stringify(clean ?? message), line: text.slice(0, at).split('\n').length };
  }
}

/**
 * Where JSON stops being valid. V8 does not always say, so find the shortest prefix that fails for
 * a reason other than "it ended too early" (binary search: every shorter prefix only ends early).
 */
function errorOffset(text: string): number {
  const endsEarly = (n: number) => {
    try {
      JSON.parse(text.slice(0, n));
      return true;
    } catch (e) {
      const message = String(e);
      const pos = /at position (\d+)/.exec(message);
      return /Unexpected end/i.test(message) || (pos !== null && Number(pos[1]) >= n);
    }
  };
  let lo = 0;
  let hi = text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (endsEarly(mid + 1)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The line where the last key of a nested path is written (first occurrence after its parents). */
function lineOfKey(text: string, path: string[]): number {
  let from = 0;
  for (const key of path) {
    const at = text.indexOf(`${JSON.stringify(key)}`, from);
    if (at < 0) break;
    from = at + 1;
  }
  return text.slice(0, Math.max(0, from - 1)).split('\n').length;
}
