import type { PointResult } from '../../../core/points/lookup';
import { hrefFor } from '../../../core/routes';
import { useLang, useT } from '../../hooks';
import { Link } from '../../router';
import { dayLabel, distanceText, shortDate, statusText } from './format';
import { VerificationNote } from './verification-note';

/** Points by distance: name, kind and km, open now or when, the next mobile dates, how sure. */
export function ResultList({ results, today }: { results: PointResult[]; today: string }) {
  const t = useT();
  const lang = useLang();
  return (
    <ol class="plain-list results">
      {results.map((r) => (
        <li key={r.point.id} class="result">
          <h3 class="result-name">
            <Link href={hrefFor('place', { id: r.point.id })}>{r.point.name}</Link>
          </h3>
          <p class="result-meta">
            {t(`points.kind.${r.point.kind}`)} · {distanceText(r.km, lang)}
          </p>
          <p class={`result-status status-${r.status.state}`}>{statusText(r.status, today, t, lang)}</p>
          {r.nextSessions.length > 0 && (
            <p class="result-sessions">
              {t('points.sessions.next', {
                dates: [
                  ...new Set(r.nextSessions.map((o) => (o.date === today ? dayLabel(o.date, today, t, lang) : shortDate(o.date, lang)))),
                ].join(', '),
              })}
            </p>
          )}
          <VerificationNote state={r.verification} verified={r.point.verified} />
        </li>
      ))}
    </ol>
  );
}
