import { createContext } from 'preact';
import { SOURCE_LANG, type Lang } from '../core/i18n/languages';
import { translate, type Messages, type Params } from '../core/i18n/messages';
import type { MessageKey } from '../types/message-key';
import viCommon from 'virtual:content/locale/vi/common';
import viHome from 'virtual:content/locale/vi/home';

// Main bundle: keep small. Vietnamese shell and home texts ship with the first screen; every other
// table (English, other screens) is a lazy chunk loaded with the screen that needs it.
const tables: Record<Lang, Record<string, Messages>> = {
  vi: { common: viCommon, home: viHome },
  en: {},
};

/** Loads the tables a screen needs, in Vietnamese (the fallback) and in the chosen language. */
export async function loadNamespaces(lang: Lang, namespaces: readonly string[]): Promise<void> {
  const wanted = new Set<Lang>([SOURCE_LANG, lang]);
  await Promise.all(
    [...wanted].flatMap((l) =>
      namespaces.map(async (ns) => {
        if (tables[l][ns]) return;
        // The index of tables is itself lazy: the first screen never pays for it.
        const { loaders } = await import('virtual:content/locales');
        const load = loaders[l][ns];
        // English may not have a table at all yet: per-key fallback to Vietnamese covers it.
        if (load) tables[l][ns] = (await load()).default;
      }),
    ),
  );
  merged.delete(lang);
  merged.delete(SOURCE_LANG);
}

const merged = new Map<Lang, Messages>();
function table(lang: Lang): Messages {
  let t = merged.get(lang);
  if (!t) merged.set(lang, (t = Object.assign({}, ...Object.values(tables[lang])) as Messages));
  return t;
}

/** Only keys of the Vietnamese tables (generated MessageKey); keys built from ids need ids typed as unions. */
export type Translate = (key: MessageKey, params?: Params) => string;

export function makeT(lang: Lang): Translate {
  return (key, params) => translate(key, table(lang), table(SOURCE_LANG), params);
}

export interface I18n {
  lang: Lang;
  t: Translate;
}

export const I18nContext = createContext<I18n>({ lang: SOURCE_LANG, t: makeT(SOURCE_LANG) });
