import { buildIcs, sessionEvents } from '../../../core/points/ics';
import type { SessionOccurrence } from '../../../core/points/sessions';
import type { RegistrationPoint } from '../../../core/points/types';
import type { Lang } from '../../../core/i18n/languages';
import { count } from '../../count';
import type { Translate } from '../../i18n';
import { fullDay, timesText } from './format';

/** What a session's calendar entry and message say, in the person's language. */
export interface SessionText {
  point: RegistrationPoint;
  provinceName: string | undefined;
  occurrence: SessionOccurrence;
  t: Translate;
  lang: Lang;
}

function pointUrl(point: RegistrationPoint, lang: string): string {
  return `${location.origin}/diem/${encodeURIComponent(point.id)}${lang === 'en' ? '?lang=en' : ''}`;
}

/** The .ics is made here on the device and handed to the calendar app as a download. */
export function downloadSession({ point, provinceName, occurrence: o, t, lang }: SessionText): void {
  const summary = t('points.sessions.calendarSummary', { place: point.name });
  const warning = point.sample || !point.verified ? t('points.verify.unverified') : '';
  const description = [t('points.sessions.calendarNote'), warning, o.session.notes ?? ''].filter(Boolean).join('\n');
  const reminder = t('points.sessions.reminder', { place: point.name });
  const events = sessionEvents([o], { ...point, provinceName }, { summary, description, url: pointUrl(point, lang), reminder });
  const href = URL.createObjectURL(new Blob([buildIcs(events, Date.now())], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = href;
  a.download = `${o.session.id}-${o.date}.ics`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  count('point_calendar');
}

/** The session as a plain message (date, time, place, what to bring, link), for Zalo or SMS. */
export function sessionMessage({ point, provinceName, occurrence: o, t, lang }: SessionText): string {
  const where = [point.name, point.address, point.commune, provinceName].filter(Boolean).join(', ');
  return [
    t('points.sessions.calendarSummary', { place: point.name }),
    `${fullDay(o.date, t, lang)}: ${timesText(o.times)}`,
    t('points.sessions.messageWhere', { place: where }),
    t('points.sessions.calendarNote'),
    o.session.notes ?? '',
    pointUrl(point, lang),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * Hands the message to the phone's share sheet (Zalo, Messenger, SMS). Where there is none
 * (a computer, an old browser), copies it instead. Says which happened.
 */
export async function shareSession(text: SessionText): Promise<'shared' | 'copied' | 'shown'> {
  const message = sessionMessage(text);
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ text: message });
      return 'shared';
    } catch (e) {
      // The person closed the sheet: nothing to say. Anything else: fall back to copying.
      if (e instanceof DOMException && e.name === 'AbortError') return 'shared';
    }
  }
  try {
    await navigator.clipboard.writeText(message);
    return 'copied';
  } catch {
    return 'shown';
  }
}
