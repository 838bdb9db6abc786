import { addDays, formatTime, weekday } from '../../../core/points/clock';
import type { Lang } from '../../../core/i18n/languages';
import type { OpenStatus } from '../../../core/points/open-status';
import type { Translate } from '../../i18n';

/** Short dates in lists: 05/12 in Vietnamese, 5 Dec in English. */
export function shortDate(iso: string, lang: Lang): string {
  const [y, m, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', {
    day: lang === 'vi' ? '2-digit' : 'numeric',
    month: lang === 'vi' ? '2-digit' : 'short',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1)));
}

/** "Thứ Bảy 05/12", or "hôm nay"/"ngày mai" when that is clearer. */
export function dayLabel(iso: string, today: string, t: Translate, lang: Lang): string {
  if (iso === today) return t('points.weekday.today');
  if (iso === addDays(today, 1)) return t('points.weekday.tomorrow');
  return `${t(`points.weekday.${weekday(iso)}`)} ${shortDate(iso, lang)}`;
}

export function timesText(ranges: readonly [number, number][]): string {
  return ranges.map(([a, b]) => `${formatTime(a)}–${formatTime(b)}`).join(', ');
}

export function kmText(km: number, lang: Lang): string {
  return new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km);
}

/** "Đang mở cửa, đến 11:30" / "Đang nghỉ, mở lúc 13:30" / "Hôm nay không làm việc · Mở lại 07:30 Thứ Hai 14/12". */
export function statusText(status: OpenStatus, today: string, t: Translate, lang: Lang): string {
  if (status.state === 'open') return t('points.status.open', { time: formatTime(status.until) });
  if (status.state === 'opens-later') return t('points.status.opensAt', { time: formatTime(status.at) });
  const now = t(status.allDay ? 'points.status.closedToday' : 'points.status.closedNow');
  if (!status.next) return now;
  return `${now} · ${t('points.status.nextOpen', { time: formatTime(status.next.at), day: dayLabel(status.next.date, today, t, lang) })}`;
}
