import type { PointResult } from '../../../core/points/lookup';
import { hrefFor } from '../../../core/routes';
import { useLang, useT } from '../../hooks';
import { Link } from '../../router';
import { dayLabel, distanceText, shortDate, statusText, timesText } from './format';
import { VerificationNote } from './verification-note';
import { dayOffName } from './places-store';

/** Points by distance: name, kind and km, open now or when, the next mobile dates, how sure. */
export function ResultList({ results, today }: { results: PointResult[]; today: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <ol class="plain-list results">
      {results.map((r) => {
        const session = r.point.kind === 'mobile' ? r.nextSessions[0] : undefined;
        const later = session ? r.nextSessions.slice(1) : r.nextSessions;
        return (
          <li key={r.point.id} class="result" data-point-id={r.point.id} data-kind={r.point.kind}>
            <h3 class="result-name">
              <Link href={hrefFor('place', { id: r.point.id })}>{r.point.name}</Link>
            </h3>
            <p class="result-meta">
              {t(`points.kind.${r.point.kind}`)} · {distanceText(r.km, lang)}
            </p>
            {session?.session.cancelled ? (
              // Said, not just dropped: someone who saw the date must learn it is off.
              <p class="result-status status-cancelled" data-status="cancelled" data-session-id={session.session.id}>
                {t('points.status.sessionCancelled', { day: dayLabel(session.date, today, t, lang) })}
              </p>
            ) : session ? (
              // A mobile team's venue has no office hours: its next session is what matters.
              <p class="result-status status-session" data-status="session" data-session-id={session.session.id}>
                {t('points.status.session', { times: timesText(session.times), day: dayLabel(session.date, today, t, lang) })}
              </p>
            ) : r.dayOff ? (
              <p class="result-status status-closed" data-status="day-off">
                <DayOffText today={today} /> · {statusText(r.status, today, t, lang)}
              </p>
            ) : (
              <p class={`result-status status-${r.status.state}`} data-status={r.status.state}>
                {statusText(r.status, today, t, lang)}
              </p>
            )}
            {later.length > 0 && (
              <p class="result-sessions">
                {t(session ? 'points.sessions.later' : 'points.sessions.next', {
                  dates: [
                    ...new Set(later.map((o) => (o.date === today ? dayLabel(o.date, today, t, lang) : shortDate(o.date, lang)))),
                  ].join(', '),
                })}
              </p>
            )}
            <VerificationNote state={r.verification} verified={r.point.verified} confirmedBy={r.point.confirmedBy} today={today} />
          </li>
        );
      })}
    </ol>
  );
}

/** "Nghỉ lễ (Quốc khánh)": a day off said as such, not as an ordinary closed day. */
export function DayOffText({ today }: { today: string }) {
  const t = useT();
  const name = dayOffName(today);
  return <>{name ? t('points.status.dayOffNamed', { name }) : t('points.status.dayOff')}</>;
}
