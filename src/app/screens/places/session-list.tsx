import { verification } from '../../../core/points/verification';
import { VerificationNote } from './verification-note';
import { useState } from 'preact/hooks';
import type { SessionOccurrence } from '../../../core/points/sessions';
import type { RegistrationPoint } from '../../../core/points/types';
import { useLang, useT } from '../../hooks';
import { fullDay, shortDate, timesText } from './format';
import { downloadSession, sessionMessage, shareSession, type SessionText } from './session-actions';

/**
 * A mobile team's coming dates at this place. Each can go into the phone's calendar (an .ics, with
 * a reminder the day before) or, for the many people without a calendar app, be sent as a message
 * to oneself or a relative through the share sheet.
 */
export function SessionList(props: { point: RegistrationPoint; provinceName?: string; occurrences: SessionOccurrence[]; today: string }) {
  const t = useT();
  const { occurrences, today } = props;
  return (
    <>
      <h2>{t('points.sessions.heading')}</h2>
      {occurrences.length === 0 && <p>{t('points.sessions.none')}</p>}
      <ul class="plain-list sessions">
        {occurrences.map((o) => (
          <SessionItem key={`${o.session.id}-${o.date}`} {...props} occurrence={o} today={today} />
        ))}
      </ul>
    </>
  );
}

type Said = { what: 'downloaded' | 'shared' | 'copied' | 'shown'; message?: string } | undefined;

function SessionItem({
  point,
  provinceName,
  occurrence: o,
  today,
}: {
  point: RegistrationPoint;
  provinceName?: string;
  occurrence: SessionOccurrence;
  today: string;
}) {
  const t = useT();
  const lang = useLang();
  const [said, setSaid] = useState<Said>();
  const text: SessionText = { point, provinceName, occurrence: o, t, lang };
  const date = shortDate(o.date, lang);
  return (
    <li class="session" data-session-date={o.date} data-session-id={o.session.id} data-cancelled={o.session.cancelled ? 'yes' : undefined}>
      <p>
        <strong>{fullDay(o.date, t, lang)}</strong>
        {o.date === today && ` (${t('points.weekday.today')})`}: {timesText(o.times)}
        {o.session.cancelled && <strong class="session-cancelled"> · {t('points.sessions.cancelled')}</strong>}
      </p>
      {o.session.notes && <p class="hint">{o.session.notes}</p>}
      {o.session.verified && (
        <VerificationNote
          state={verification({ sample: o.session.sample, verified: o.session.verified }, today)}
          verified={o.session.verified}
          confirmedBy={o.session.confirmedBy}
          today={today}
        />
      )}
      {/* A cancelled date goes into no calendar and no message. */}
      {!o.session.cancelled && (
        <div class="session-actions">
          <button
            type="button"
            class="button button-secondary"
            data-action="session-message"
            onClick={() =>
              void shareSession(text).then((what) => setSaid({ what, message: what === 'shown' ? sessionMessage(text) : undefined }))
            }
          >
            {t('points.sessions.message', { date })}
          </button>
          <button
            type="button"
            class="button button-secondary"
            data-action="session-calendar"
            onClick={() => {
              downloadSession(text);
              setSaid({ what: 'downloaded' });
            }}
          >
            {t('points.sessions.addToCalendar', { date })}
          </button>
        </div>
      )}
      {/* Say what happened: a download alone looks like nothing happened on most phones. */}
      <p role="status" class="hint" data-session-said={said?.what}>
        {said && said.what !== 'shared' && t(`points.sessions.said.${said.what}`, { date })}
      </p>
      {said?.message && <p class="session-message">{said.message}</p>}
    </li>
  );
}
