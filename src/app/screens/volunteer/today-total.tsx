import { summarize, type DayTotal } from '../../../core/volunteer/day-total';
import { VOLUNTEER_OUTCOMES } from '../../../core/volunteer/tally';
import { useT } from '../../hooks';

/** "Hôm nay: 12 hộ, 7 đã kích hoạt", then each outcome with its number (kept on this phone only). */
export function TodayTotal({ total }: { total: DayTotal }) {
  const t = useT();
  const s = summarize(total);
  return (
    <section class="volunteer-today" aria-labelledby="volunteer-today-title">
      <h2 id="volunteer-today-title">{t('volunteer.today.title')}</h2>
      <p class="volunteer-total" data-households={s.households} data-activated={s.activated}>
        {t('volunteer.today.summary', { households: String(s.households), activated: String(s.activated) })}
      </p>
      {s.people > 0 && (
        <p class="volunteer-people-today" data-people={s.people} data-people-activated={s.peopleActivated}>
          {t('volunteer.today.people', { people: String(s.people), activated: String(s.peopleActivated) })}
        </p>
      )}
      {s.households > 0 && (
        <ul class="volunteer-breakdown">
          {VOLUNTEER_OUTCOMES.filter((o) => total.outcomes[o]).map((o) => (
            <li key={o} data-outcome={o}>
              {t(`volunteer.outcome.${o}`)}: <strong>{total.outcomes[o]}</strong>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
