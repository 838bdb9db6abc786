import type { Lang } from '../core/i18n/languages';

// Not in i18n.ts: that module ships with the first screen, and only later screens show dates.

const MONTHS = 'January February March April May June July August September October November December'.split(' ');

/**
 * Dates as people in the chosen language write them (2/11/2026 or 2 November 2026), as
 * Intl.DateTimeFormat('vi-VN' / 'en-GB') writes them, without it: a page's first DateTimeFormat
 * loads the browser's date data, 40–80 ms on a laptop, four times that on a cheap phone, in the
 * middle of the screen's first render (docs/decisions/0038-one-job-at-a-time-after-the-first-paint.md).
 */
export function formatDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  const date = new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1));
  const day = date.getUTCDate();
  const month = date.getUTCMonth();
  const year = date.getUTCFullYear();
  return lang === 'vi' ? `${day}/${String(month + 1).padStart(2, '0')}/${year}` : `${day} ${MONTHS[month]} ${year}`;
}
