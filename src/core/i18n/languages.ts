/** The app's languages. Vietnamese is the source language: every text exists in it. */
export const LANGUAGES = ['vi', 'en'] as const;
export type Lang = (typeof LANGUAGES)[number];
export const SOURCE_LANG: Lang = 'vi';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** Text an organizer writes in content files: Vietnamese always, English when translated. */
export type LocalizedText = { vi: string; en?: string };

export function pick(text: LocalizedText, lang: Lang): string {
  return text[lang] ?? text.vi;
}

/**
 * Which language to show: the URL's choice first (a shared link must open as it was shared), then
 * the one the person saved, then the browser's preferences, then Vietnamese.
 */
export function chooseLanguage(fromUrl: string | null | undefined, saved: string | null | undefined, browser: readonly string[]): Lang {
  if (isLang(fromUrl)) return fromUrl;
  if (isLang(saved)) return saved;
  for (const tag of browser) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLang(base)) return base;
  }
  return SOURCE_LANG;
}
