import { useState } from 'preact/hooks';
import { makeTally, TALLY_BLOCKERS, VOLUNTEER_OUTCOMES, type TallyProblem } from '../../../core/volunteer/tally';
import type { DayTotal } from '../../../core/volunteer/day-total';
import { peopleParams, type PeopleCounts } from '../../../core/volunteer/people';
import { checklistResult, hasClosingChecklist, type ClosingCheck } from '../../../core/volunteer/closing-checklist';
import { recordTally } from '../../../platform/volunteer/volunteer-store';
import { Page } from '../../components/page';
import { useT } from '../../hooks';
import { count } from '../../count';
import { ClosingChecklist } from './closing-checklist';
import { PeopleSteppers } from './people-steppers';

/**
 * The one screen after a home visit: what came of it, and for "not eligible yet" what stands in
 * the way. Anonymous by construction: choices only, no text field anywhere. Saved on the phone
 * (today's total) and counted for the organizers (channel "volunteer", the team as source).
 */
export function TallyForm({ onSaved, onCancel }: { onSaved: (total: DayTotal) => void; onCancel: () => void }) {
  const t = useT();
  const [outcome, setOutcome] = useState<string | null>(null);
  const [blocker, setBlocker] = useState<string | null>(null);
  const [people, setPeople] = useState<PeopleCounts>({});
  const [ticked, setTicked] = useState<ReadonlySet<ClosingCheck>>(new Set());
  const [problem, setProblem] = useState<TallyProblem | 'save' | null>(null);
  const [saving, setSaving] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    if (saving) return;
    const tally = makeTally(outcome, blocker, people);
    if (typeof tally === 'string') return setProblem(tally);
    setSaving(true);
    try {
      const total = await recordTally(tally);
      // The blocker travels with the count, so organizers see what stands in the way.
      count('volunteer_tally', tally.blocker ? `not-eligible/${tally.blocker}` : tally.outcome);
      // The people within the household, one count per outcome with its number (decision 0032).
      for (const p of peopleParams(tally.people ?? {})) count('volunteer_people', p);
      // Whether the visit closed with every item ticked: one count per visit, never which item.
      if (hasClosingChecklist(tally.outcome)) count('volunteer_checklist', checklistResult(ticked));
      onSaved(total);
    } catch {
      setProblem('save');
      setSaving(false);
    }
  }

  return (
    <Page title={t('volunteer.tally.title')} lead={t('volunteer.tally.lead')}>
      <form class="volunteer-form" onSubmit={(e) => void submit(e)} noValidate>
        {problem && (
          <p class="volunteer-error" role="alert" data-problem={problem}>
            {t(`volunteer.tally.problem.${problem}`)}
          </p>
        )}
        <fieldset class="field">
          <legend>{t('volunteer.tally.outcome')}</legend>
          {VOLUNTEER_OUTCOMES.map((o) => (
            <label class="choice" key={o}>
              <input type="radio" name="outcome" value={o} checked={outcome === o} onChange={() => setOutcome(o)} />
              <span>{t(`volunteer.outcome.${o}`)}</span>
            </label>
          ))}
        </fieldset>
        {outcome === 'not-eligible' && (
          <fieldset class="field">
            <legend>{t('volunteer.tally.blocker')}</legend>
            {TALLY_BLOCKERS.map((b) => (
              <label class="choice" key={b}>
                <input type="radio" name="blocker" value={b} checked={blocker === b} onChange={() => setBlocker(b)} />
                <span>{t(`volunteer.blocker.${b}`)}</span>
              </label>
            ))}
          </fieldset>
        )}
        {outcome !== 'nobody-home' && <PeopleSteppers people={people} onChange={setPeople} />}
        {outcome !== null && hasClosingChecklist(outcome) && <ClosingChecklist ticked={ticked} onChange={setTicked} />}
        <p class="hint">{t('volunteer.tally.privacy')}</p>
        <div class="volunteer-actions">
          <button type="submit" class="button" disabled={saving} data-action="save-tally">
            {t('volunteer.tally.save')}
          </button>
          <button type="button" class="button button-secondary" onClick={onCancel} data-action="cancel-tally">
            {t('volunteer.tally.cancel')}
          </button>
        </div>
      </form>
    </Page>
  );
}
