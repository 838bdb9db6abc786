import type { LocalizedText } from './i18n/languages';

/** What a deployment calls itself and who runs it (content/site/site.yaml). */
export interface Site {
  title: LocalizedText;
  /** Home-screen label when installed: at most 12 characters. */
  shortTitle: LocalizedText;
  hotlines: Hotline[];
  lastChecked: string;
}

export interface Hotline {
  /** As written for people, e.g. "1900 0368"; tel: links strip the spaces. */
  number: string;
  label: LocalizedText;
  hours?: LocalizedText;
  source: string;
}

export function telHref(number: string): string {
  return `tel:${number.replace(/[^0-9+]/g, '')}`;
}
