import { LANGUAGES, type Lang, type LocalizedText } from '../../core/i18n/languages';
import type { FileReport } from './report';

type Path = readonly (string | number)[];

/** What an organizer is told when a text is missing altogether. */
export const MISSING_TEXT = 'a text (Vietnamese; English under en: when you have it)';

/**
 * A text written either plainly (Vietnamese only) or as `{ vi: ..., en: ... }`. Vietnamese is
 * required; English is optional and falls back to Vietnamese.
 */
export function readLocalized(
  r: FileReport,
  value: unknown,
  at: Path,
  field: string,
  opts: { optional?: boolean; max?: number } = {},
): LocalizedText | undefined {
  if (value === undefined || value === null) {
    if (!opts.optional) r.error(at, field, 'nothing', MISSING_TEXT);
    return undefined;
  }
  if (typeof value === 'string') {
    const vi = r.string(value, at, field, { max: opts.max });
    return vi === undefined ? undefined : { vi };
  }
  const o = r.object(value, at, field);
  if (!o) return undefined;
  r.noUnknownKeys(o, at, ['vi', 'en']);
  const vi = r.string(o.vi, [...at, 'vi'], `${field}.vi`, { max: opts.max });
  const en = r.string(o.en, [...at, 'en'], `${field}.en`, { optional: true, max: opts.max });
  if (vi === undefined) return undefined;
  return en === undefined ? { vi } : { vi, en };
}

/**
 * Compiled content (rules, a tutorial) with every text in one language only, so a phone downloads
 * just the language it shows: `{ vi }` for Vietnamese; for English `{ en }` where translated and
 * `{ vi }` where not, which is exactly what pick(text, lang) would show.
 */
export function inLanguage(value: unknown, lang: Lang): unknown {
  if (Array.isArray(value)) return value.map((v) => inLanguage(v, lang));
  if (value === null || typeof value !== 'object') return value;
  const o = value as Record<string, unknown>;
  const keys = Object.keys(o);
  if (typeof o.vi === 'string' && keys.every((k) => (LANGUAGES as readonly string[]).includes(k))) {
    const own = o[lang];
    return typeof own === 'string' ? { [lang]: own } : { vi: o.vi };
  }
  return Object.fromEntries(keys.map((k) => [k, inLanguage(o[k], lang)]));
}
