import { useState } from 'preact/hooks';
import { checkTeamCode, checkTeamLocality, type VolunteerTeam } from '../../../core/volunteer/team-code';
import { saveTeam } from '../../../platform/volunteer/volunteer-store';
import { LocalityPicker } from '../../components/locality-picker';
import { Page } from '../../components/page';
import { TextField } from '../../components/text-field';
import { useT } from '../../hooks';
import { keepModeOffline, loadQrMaker } from '../../keep-mode-offline';

/**
 * First use on a volunteer's phone: the team code (no personal data) and, if known, the commune the
 * team works in, picked by name (its public code goes with the team's counts).
 */
export function TeamSetup({ onDone }: { onDone: (team: VolunteerTeam) => void }) {
  const t = useT();
  const [code, setCode] = useState('');
  const [locality, setLocality] = useState('');
  const [errors, setErrors] = useState<{ code?: string; locality?: string; save?: string }>({});
  // Which rule the code broke, for tests and styling (the words are for people).
  const [codeProblem, setCodeProblem] = useState<string | undefined>(undefined);

  async function submit(e: Event) {
    e.preventDefault();
    const c = checkTeamCode(code);
    const l = checkTeamLocality(locality);
    const next = {
      code: c.ok ? undefined : t(`volunteer.setup.problem.${c.problem}`),
      locality: l.ok ? undefined : t('volunteer.setup.problem.locality'),
    };
    setErrors(next);
    setCodeProblem(c.ok ? undefined : c.problem);
    if (!c.ok || !l.ok) return;
    const team = { code: c.code, locality: l.locality };
    try {
      await saveTeam(team);
      // The volunteer screens and the hand-over QR, kept for the days without a network.
      void keepModeOffline([() => import('../../share'), loadQrMaker]);
      onDone(team);
    } catch {
      setErrors({ save: t('volunteer.setup.saveFailed') });
    }
  }

  return (
    <Page title={t('volunteer.setup.title')} lead={t('volunteer.setup.lead')}>
      <form class="volunteer-form" onSubmit={(e) => void submit(e)} noValidate data-team-setup data-code-problem={codeProblem}>
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
        <LocalityPicker
          idPrefix="team"
          value={locality}
          onChange={setLocality}
          text={{
            legend: (
              <>
                {t('volunteer.setup.place.legend')} {t('volunteer.setup.optional')}
              </>
            ),
            hint: t('volunteer.setup.place.hint'),
            province: t('volunteer.setup.place.province'),
            commune: t('volunteer.setup.place.commune'),
            none: t('volunteer.setup.place.none'),
            formerly: (names) => t('volunteer.setup.place.formerly', { names }),
          }}
          fallback={
            // The list could not load (offline before it was kept): the code typed by hand.
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
          }
        />
        {errors.save && (
          <p class="volunteer-error" role="alert">
            {errors.save}
          </p>
        )}
        <button type="submit" class="button" data-action="start-team">
          {t('volunteer.setup.submit')}
        </button>
      </form>
    </Page>
  );
}
