import { useEffect, useState } from 'preact/hooks';
import { hrefFor } from '../../../core/routes';
import type { DayTotal } from '../../../core/volunteer/day-total';
import type { VolunteerTeam } from '../../../core/volunteer/team-code';
import { forgetVolunteer, readDay, readTeam, undoTally } from '../../../platform/volunteer/volunteer-store';
import { tallyParam } from '../../../core/volunteer/day-total';
import { peopleParams } from '../../../core/volunteer/people';
import type { Tally } from '../../../core/volunteer/tally';
import { count } from '../../count';
import { useRoute, useT } from '../../hooks';
import { navigate } from '../../router';
import '../../styles/forms.css';
import { Presentation, PRESENT_PARAM } from './presentation';
import { TallyForm } from './tally-form';
import { countAsTeam } from './team-context';
import { TeamSetup } from './team-setup';
import { SAVED_PARAM, TALLY_PARAM, VolunteerHome } from './volunteer-home';
import './volunteer.css';

/**
 * /tinh-nguyen (chế độ tình nguyện viên), for door-to-door visits: team setup on first use, then
 * today's total, the one-screen tally (?ghi=1), and the presentation of tutorials (?xem=...).
 * Everything works offline: the tallies wait on the phone until the counts can be delivered.
 */
export function VolunteerScreen() {
  const t = useT();
  const { query } = useRoute();
  const [state, setState] = useState<{ team: VolunteerTeam | null; total: DayTotal } | undefined>(undefined);
  const [undone, setUndone] = useState<Tally | null>(null);

  useEffect(() => {
    void Promise.all([readTeam(), readDay()]).then(([team, total]) => {
      countAsTeam(team ?? null);
      setState({ team: team ?? null, total });
    });
  }, []);

  if (!state)
    return (
      <p class="page" role="status">
        {t('common.loading')}
      </p>
    );
  if (!state.team)
    return (
      <TeamSetup
        onDone={(team) => {
          countAsTeam(team);
          setState({ ...state, team });
        }}
      />
    );
  const team = state.team;

  const present = query.get(PRESENT_PARAM);
  if (present !== null) return <Presentation tutorialId={present} />;
  if (query.get(TALLY_PARAM) !== null)
    return (
      <TallyForm
        // Replace: Back after saving must not reopen the filled-in form.
        onSaved={(total) => {
          setState({ ...state, total });
          setUndone(null);
          navigate(hrefFor('volunteer', {}, { [SAVED_PARAM]: '1' }), { replace: true });
        }}
        onCancel={() => navigate(hrefFor('volunteer'), { replace: true })}
      />
    );
  return (
    <VolunteerHome
      team={team}
      total={state.total}
      saved={query.get(SAVED_PARAM) !== null}
      undone={undone}
      onUndo={() =>
        void undoTally().then(
          (r) => {
            if (!r) return;
            // Delivered or not yet, the tally is taken back by a count of its own (an "undone" count).
            count('volunteer_tally_undone', tallyParam(r.undone));
            // Its people go with it, by the same parameters as they were counted (decision 0032).
            for (const p of peopleParams(r.undone.people ?? {})) count('volunteer_people_undone', p);
            setState({ ...state, total: r.total });
            setUndone(r.undone);
          },
          () => undefined,
        )
      }
      onHandoff={() => void import('../../share').then((m) => m.openShareDialog(`${location.origin}/`, { handoff: true, src: team.code }))}
      onLeave={() =>
        void forgetVolunteer().then(() => {
          countAsTeam(null);
          setState({ ...state, team: null });
        })
      }
    />
  );
}
