import type { Lang } from '../core/i18n/languages';
import type { Params } from '../core/i18n/messages';
import type { MessageKey } from '../types/message-key';
import type { Translate } from './i18n';

/** A text with plural forms (`{ "one": …, "other": … }` in the tables), named without its form. */
export type PluralKey = MessageKey extends infer K ? (K extends `${infer Base}.other` ? Base : never) : never;

/**
 * The form of `key` for `count` in `lang` (Intl.PluralRules): "At most 1 working day", "At most 3
 * working days". A language whose table lacks the text falls back to Vietnamese, which has only
 * the "other" form. Kept out of i18n.ts so the first screen does not carry it.
 */
export function plural(t: Translate, lang: Lang, key: PluralKey, count: number, params?: Params): string {
  const form = `${key}.${new Intl.PluralRules(lang).select(count)}` as MessageKey;
  const text = t(form, params);
  return text === form ? t(`${key}.other`, params) : text;
}
