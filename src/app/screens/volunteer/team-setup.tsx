import { useState } from 'preact/hooks';
import { checkTeamCode, checkTeamLocality, type VolunteerTeam } from '../../../core/volunteer/team-code';
import { saveTeam } from '../../../platform/volunteer/volunteer-store';
import { Page } from '../../components/page';
import { useT } from '../../hooks';

/** First use on a volunteer's phone: the team code (no personal data) and, if known, the locality. */
export function TeamSetup({ onDone }: { onDone: (team: VolunteerTeam) => void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [locality, setLocality] = useState('');
  const [errors, setErrors] = useState<{ code?: string; locality?: string; save?: string }>({});

  async function submit(e: Event) {
    e.preventDefault();
    const c = checkTeamCode(code);
    const l = checkTeamLocality(locality);
    const next = {
      code: c.ok ? undefined : t(`volunteer.setup.problem.${c.problem}`),
      locality: l.ok ? undefined : t('volunteer.setup.problem.locality'),
    };
    setErrors(next);
    if (!c.ok || !l.ok) return;
    const team = { code: c.code, locality: l.locality };
    try {
      await saveTeam(team);
      onDone(team);
    } catch {
      setErrors({ save: t('volunteer.setup.saveFailed') });
    }
  }

  return (
    <Page title={t('volunteer.setup.title')} lead={t('volunteer.setup.lead')}>
      <form class="volunteer-form" onSubmit={(e) => void submit(e)} noValidate>
        <div class="volunteer-input">
          <label for="team-code">{t('volunteer.setup.code')}</label>
          <p id="team-code-hint" class="hint">
            {t('volunteer.setup.codeHint')}
          </p>
          <input
            id="team-code"
            type="text"
            autocomplete="off"
            autoCapitalize="none"
            spellcheck={false}
            value={code}
            aria-invalid={errors.code ? 'true' : undefined}
            aria-describedby={errors.code ? 'team-code-hint team-code-error' : 'team-code-hint'}
            onInput={(e) => setCode(e.currentTarget.value)}
          />
          {errors.code && (
            <p id="team-code-error" class="volunteer-error">
              {errors.code}
            </p>
          )}
        </div>
        <div class="volunteer-input">
          <label for="team-locality">
            {t('volunteer.setup.locality')} {t('volunteer.setup.optional')}
          </label>
          <p id="team-locality-hint" class="hint">
            {t('volunteer.setup.localityHint')}
          </p>
          <input
            id="team-locality"
            type="text"
            inputMode="numeric"
            autocomplete="off"
            value={locality}
            aria-invalid={errors.locality ? 'true' : undefined}
            aria-describedby={errors.locality ? 'team-locality-hint team-locality-error' : 'team-locality-hint'}
            onInput={(e) => setLocality(e.currentTarget.value)}
          />
          {errors.locality && (
            <p id="team-locality-error" class="volunteer-error">
              {errors.locality}
            </p>
          )}
        </div>
        {errors.save && (
          <p class="volunteer-error" role="alert">
            {errors.save}
          </p>
        )}
        <button type="submit" class="button">
          {t('volunteer.setup.submit')}
        </button>
      </form>
    </Page>
  );
}
