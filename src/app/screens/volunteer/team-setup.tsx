import { useState } from 'preact/hooks';
import { checkTeamCode, checkTeamLocality, type VolunteerTeam } from '../../../core/volunteer/team-code';
import { saveTeam } from '../../../platform/volunteer/volunteer-store';
import { Page } from '../../components/page';
import { TextField } from '../../components/text-field';
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
        <TextField
          id="team-code"
          class="volunteer-input"
          errorClass="volunteer-error"
          label={t('volunteer.setup.code')}
          hint={t('volunteer.setup.codeHint')}
          error={errors.code}
          autoCapitalize="none"
          spellcheck={false}
          value={code}
          onInput={(e) => setCode(e.currentTarget.value)}
        />
        <TextField
          id="team-locality"
          class="volunteer-input"
          errorClass="volunteer-error"
          label={
            <>
              {t('volunteer.setup.locality')} {t('volunteer.setup.optional')}
            </>
          }
          hint={t('volunteer.setup.localityHint')}
          error={errors.locality}
          inputMode="numeric"
          value={locality}
          onInput={(e) => setLocality(e.currentTarget.value)}
        />
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
