import type { Lang } from '../core/i18n/languages';

// Not in i18n.ts: that module ships with the first screen, and only later screens show dates.

/** Dates as people in the chosen language write them (22/11/2026 or 22 November 2026). */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    day: 'numeric',
    month: lang === 'vi' ? '2-digit' : 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
