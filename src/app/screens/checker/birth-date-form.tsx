import { useState } from 'preact/hooks';
import { ageBandOn } from '../../../core/eligibility/age-band';
import { AGE_NODE } from '../../../core/eligibility/screen-nodes';
import { todayInVietnam } from '../../../core/eligibility/ruleset-in-force';
import { useT } from '../../hooks';
import { navigate } from '../../router';
import { answerHref, type CheckerView } from './checker-state';

/**
 * For people who would rather type a birth date than pick a band. The date is turned into a band
 * on the device and forgotten: it never reaches the URL, storage or the network.
 */
export function BirthDateForm({ view }: { view: CheckerView }) {
  const t = useT();
  const [error, setError] = useState(false);
  const today = todayInVietnam();
  return (
    <details class="checker-extra" data-birth-date>
      <summary>{t('checker.dob.summary')}</summary>
      <form
        class="field"
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const input = e.currentTarget.elements.namedItem('dob') as HTMLInputElement | null;
          const band = input?.value ? ageBandOn(input.value, today) : undefined;
          if (!band) {
            setError(true);
            input?.focus();
            return;
          }
          if (input) input.value = '';
          navigate(answerHref(view, AGE_NODE, band));
        }}
      >
        <label for="checker-dob" class="checker-label">
          {t('checker.dob.label')}
        </label>
        <p id="checker-dob-hint" class="hint">
          {t('checker.dob.hint')}
        </p>
        {error && (
          <p id="checker-dob-error" class="checker-error" role="alert">
            {t('checker.dob.invalid')}
          </p>
        )}
        <input
          id="checker-dob"
          name="dob"
          type="date"
          max={today}
          autoComplete="off"
          class="checker-input"
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? 'checker-dob-hint checker-dob-error' : 'checker-dob-hint'}
        />
        <button type="submit" class="button button-secondary">
          {t('checker.dob.submit')}
        </button>
      </form>
    </details>
  );
}
