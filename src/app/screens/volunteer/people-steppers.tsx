import { useState } from 'preact/hooks';
import {
  canAddPerson,
  PEOPLE_PER_VISIT_MAX,
  peopleActivated,
  peopleTotal,
  PERSON_OUTCOMES,
  stepPeople,
  type PeopleCounts,
  type PersonOutcome,
} from '../../../core/volunteer/people';
import { useT } from '../../hooks';

/**
 * "Người trong hộ": the people of this household visit by outcome, one −/+ stepper each (issue 18),
 * so "2 activated, 1 without a chip card" can be said. Buttons are 48 px; each stepper is a group
 * named by its visible label, each button's name contains it, and every change is read out once
 * by one polite live region (the value beside the buttons is not live, so nothing is read twice).
 * A button that can do nothing is aria-disabled, not disabled: focus stays on it.
 */
export function PeopleSteppers({ people, onChange }: { people: PeopleCounts; onChange: (next: PeopleCounts) => void }) {
  const t = useT();
  const [said, setSaid] = useState('');
  const full = !canAddPerson(people);
  const step = (o: PersonOutcome, delta: 1 | -1) => {
    const next = stepPeople(people, o, delta);
    if ((next[o] ?? 0) === (people[o] ?? 0)) {
      if (delta > 0 && full) setSaid(t('volunteer.people.full', { max: String(PEOPLE_PER_VISIT_MAX) }));
      return;
    }
    onChange(next);
    setSaid(t('volunteer.people.value', { label: t(`volunteer.people.outcome.${o}`), n: String(next[o] ?? 0) }));
  };
  return (
    <fieldset class="field volunteer-people" aria-describedby="volunteer-people-hint" data-people>
      <legend>{t('volunteer.people.legend')}</legend>
      <p id="volunteer-people-hint" class="hint">
        {t('volunteer.people.hint', { max: String(PEOPLE_PER_VISIT_MAX) })}
      </p>
      <ul class="stepper-list">
        {PERSON_OUTCOMES.map((o) => {
          const label = t(`volunteer.people.outcome.${o}`);
          const n = people[o] ?? 0;
          return (
            <li key={o}>
              <div class="stepper" role="group" aria-labelledby={`people-${o}`} data-person={o}>
                <span id={`people-${o}`} class="stepper-label">
                  {label}
                </span>
                <span class="stepper-controls">
                  <button
                    type="button"
                    class="stepper-button"
                    aria-label={t('volunteer.people.decrease', { label })}
                    aria-disabled={n === 0 ? 'true' : undefined}
                    aria-describedby={`people-${o}-n`}
                    data-step="down"
                    onClick={() => step(o, -1)}
                  >
                    <span aria-hidden="true">−</span>
                  </button>
                  <span id={`people-${o}-n`} class="stepper-value" data-value={n}>
                    {n}
                  </span>
                  <button
                    type="button"
                    class="stepper-button"
                    aria-label={t('volunteer.people.increase', { label })}
                    aria-disabled={full ? 'true' : undefined}
                    aria-describedby={`people-${o}-n`}
                    data-step="up"
                    onClick={() => step(o, 1)}
                  >
                    <span aria-hidden="true">+</span>
                  </button>
                </span>
              </div>
            </li>
          );
        })}
      </ul>
      <p class="volunteer-people-total" data-people-total={peopleTotal(people)} data-people-activated={peopleActivated(people)}>
        {t('volunteer.people.total', { n: String(peopleTotal(people)), activated: String(peopleActivated(people)) })}
      </p>
      <p class="visually-hidden" aria-live="polite" data-people-said>
        {said}
      </p>
    </fieldset>
  );
}
