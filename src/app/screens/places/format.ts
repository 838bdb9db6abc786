import { addDays, formatTime, weekday } from '../../../core/points/clock';
import type { Lang } from '../../../core/i18n/languages';
import type { OpenStatus } from '../../../core/points/open-status';
import type { Translate } from '../../i18n';

/** Short dates in lists: 05/12 in Vietnamese (as people write it), 5 Dec in English. */
export function shortDate(iso: string, lang: Lang): string {
  const [, m, d] = iso.split('-').map(Number);
  if (lang === 'vi') return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}`;
  // As Intl.DateTimeFormat('en-GB') writes it, without loading the browser's date data (format-date.ts).
  return `${d} ${'Jan Feb Mar Apr May Jun Jul Aug Sept Oct Nov Dec'.split(' ')[(m ?? 1) - 1]}`;
}

/** "Thứ Bảy 05/12". */
export function fullDay(iso: string, t: Translate, lang: Lang): string {
  return `${t(`points.weekday.${weekday(iso)}`)} ${shortDate(iso, lang)}`;
}

/** "Thứ Bảy 05/12", or "hôm nay"/"ngày mai" when that is clearer. */
export function dayLabel(iso: string, today: string, t: Translate, lang: Lang): string {
  if (iso === today) return t('points.weekday.today');
  if (iso === addDays(today, 1)) return t('points.weekday.tomorrow');
  return fullDay(iso, t, lang);
}

export function timesText(ranges: readonly [number, number][]): string {
  return ranges.map(([a, b]) => `${formatTime(a)}–${formatTime(b)}`).join(', ');
}

/** "350 m" under a kilometre, "1,2 km" under ten, "14 km" beyond. */
export function distanceText(km: number, lang: Lang): string {
  if (km < 1) return `${Math.max(10, Math.round(km * 100) * 10)} m`;
  return `${new Intl.NumberFormat(lang === 'vi' ? 'vi-VN' : 'en-GB', { maximumFractionDigits: km < 10 ? 1 : 0 }).format(km)} km`;
}

/** "Đang mở cửa, đến 11:30" / "Đang nghỉ, mở lúc 13:30" / "Hôm nay không làm việc · Mở lại 07:30 Thứ Hai 14/12". */
export function statusText(status: OpenStatus, today: string, t: Translate, lang: Lang): string {
  if (status.state === 'open') return t('points.status.open', { time: formatTime(status.until) });
  if (status.state === 'opens-later') return t('points.status.opensAt', { time: formatTime(status.at) });
  const now = t(status.allDay ? 'points.status.closedToday' : 'points.status.closedNow');
  if (!status.next) return now;
  return `${now} · ${t('points.status.nextOpen', { time: formatTime(status.next.at), day: dayLabel(status.next.date, today, t, lang) })}`;
}
