import { buildIcs, sessionEvents } from '../../../core/points/ics';
import type { SessionOccurrence } from '../../../core/points/sessions';
import type { RegistrationPoint } from '../../../core/points/types';
import { count } from '../../count';
import { useLang, useT } from '../../hooks';
import { fullDay, shortDate, timesText } from './format';
import type { Translate } from '../../i18n';

/** A mobile team's coming dates at this place, each addable to the phone's calendar. */
export function SessionList({ point, occurrences, today }: { point: RegistrationPoint; occurrences: SessionOccurrence[]; today: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <>
      <h2>{t('points.sessions.heading')}</h2>
      {occurrences.length === 0 && <p>{t('points.sessions.none')}</p>}
      <ul class="plain-list sessions">
        {occurrences.map((o) => (
          <li key={`${o.session.id}-${o.date}`} class="session">
            <p>
              <strong>{fullDay(o.date, t, lang)}</strong>
              {o.date === today && ` (${t('points.weekday.today')})`}: {timesText(o.times)}
            </p>
            {o.session.notes && <p class="hint">{o.session.notes}</p>}
            <button type="button" class="button button-secondary" onClick={() => download(point, o, t, lang)}>
              {t('points.sessions.addToCalendar', { date: shortDate(o.date, lang) })}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The .ics is made here on the device and handed to the calendar app as a download. */
function download(point: RegistrationPoint, o: SessionOccurrence, t: Translate, lang: string) {
  const summary = t('points.sessions.calendarSummary', { place: point.name });
  const warning = point.sample || !point.verified ? t('points.verify.unverified') : '';
  const description = [t('points.sessions.calendarNote'), warning, o.session.notes ?? ''].filter(Boolean).join('\n');
  const url = `${location.origin}/diem/${encodeURIComponent(point.id)}${lang === 'en' ? '?lang=en' : ''}`;
  const ics = buildIcs(sessionEvents([o], point, { summary, description, url }), Date.now());
  const href = URL.createObjectURL(new Blob([ics], { type: 'text/calendar;charset=utf-8' }));
  const a = document.createElement('a');
  a.href = href;
  a.download = `${o.session.id}-${o.date}.ics`;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
  count('point_calendar');
}
