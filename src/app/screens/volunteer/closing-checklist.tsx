import { CLOSING_CHECKS, type ClosingCheck } from '../../../core/volunteer/closing-checklist';
import { useT } from '../../hooks';

/**
 * "Trước khi rời nhà": the closing checklist of a home visit (issue 15), ticked on the tally
 * screen. The ticks stay on this screen; only whether all were ticked is counted.
 */
export function ClosingChecklist({ ticked, onChange }: { ticked: ReadonlySet<ClosingCheck>; onChange: (next: Set<ClosingCheck>) => void }) {
  const t = useT();
  const toggle = (c: ClosingCheck, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(c);
    else next.delete(c);
    onChange(next);
  };
  return (
    <fieldset class="field volunteer-checklist" aria-describedby="closing-checklist-hint" data-closing-checklist>
      <legend>{t('volunteer.tally.checklist.legend')}</legend>
      <p id="closing-checklist-hint" class="hint">
        {t('volunteer.tally.checklist.hint')}
      </p>
      {CLOSING_CHECKS.map((c) => (
        <label class="choice" key={c}>
          <input type="checkbox" data-check={c} checked={ticked.has(c)} onChange={(e) => toggle(c, e.currentTarget.checked)} />
          <span>{t(`volunteer.tally.checklist.items.${c}`)}</span>
        </label>
      ))}
      {ticked.size < CLOSING_CHECKS.length && (
        <p class="hint" data-checklist-missing>
          {t('volunteer.tally.checklist.missing')}
        </p>
      )}
    </fieldset>
  );
}
