import { useState } from 'preact/hooks';
import { tallyParam, type DayTotal } from '../../../core/volunteer/day-total';
import type { Tally } from '../../../core/volunteer/tally';
import { hrefFor } from '../../../core/routes';
import type { VolunteerTeam } from '../../../core/volunteer/team-code';
import { Page } from '../../components/page';
import { useT } from '../../hooks';
import { Link } from '../../router';
import { presentHref } from './presentation';
import { TodayTotal } from './today-total';

export const TALLY_PARAM = 'ghi'; // ghi: "record"
export const SAVED_PARAM = 'da-ghi'; // đã ghi: "recorded"

/** The volunteer's start screen: today's total and the three jobs of a home visit. */
export function VolunteerHome(props: {
  team: VolunteerTeam;
  total: DayTotal;
  saved: boolean;
  /** The tally just taken back, to say so. */
  undone: Tally | null;
  onUndo: () => void;
  onHandoff: () => void;
  onLeave: () => void;
}) {
  const t = useT();
  const [leaving, setLeaving] = useState(false);
  const recent = props.total.recent ?? [];
  const last = recent[recent.length - 1];
  return (
    <Page title={t('volunteer.home.title')} lead={t('volunteer.home.lead', { team: props.team.code })}>
      {props.undone && (
        <p class="callout callout-info" role="status" data-undone={tallyParam(props.undone)}>
          {t('volunteer.undo.done', { outcome: t(`volunteer.outcome.${props.undone.outcome}`) })}
        </p>
      )}
      {props.saved && !props.undone && (
        <p class="callout callout-info" role="status" data-saved>
          {t('volunteer.home.saved')}
        </p>
      )}
      <TodayTotal total={props.total} />
      {last && (
        <p class="volunteer-undo">
          <button type="button" class="button button-secondary" data-action="undo-tally" onClick={props.onUndo}>
            {t('volunteer.undo.button')}
          </button>{' '}
          <span class="hint">{t('volunteer.undo.last', { outcome: t(`volunteer.outcome.${last.outcome}`) })}</span>
        </p>
      )}
      <ul class="volunteer-list" data-team={props.team.code}>
        <li>
          <Link href={hrefFor('volunteer', {}, { [TALLY_PARAM]: '1' })} class="button volunteer-list-link" data-action="tally">
            {t('volunteer.home.tally')}
          </Link>
        </li>
        <li>
          <Link href={presentHref()} class="button button-secondary volunteer-list-link" data-action="present">
            {t('volunteer.home.present')}
          </Link>
        </li>
        <li>
          <button type="button" class="button button-secondary volunteer-list-link" onClick={props.onHandoff}>
            {t('volunteer.home.handoff')}
          </button>
        </li>
      </ul>
      <p class="hint">{t('volunteer.home.offline')}</p>
      <section class="volunteer-leave" aria-labelledby="volunteer-leave-title">
        <h2 id="volunteer-leave-title">{t('volunteer.leave.title')}</h2>
        {leaving ? (
          <>
            <p>{t('volunteer.leave.confirmText')}</p>
            <div class="volunteer-actions">
              <button type="button" class="button" onClick={props.onLeave}>
                {t('volunteer.leave.confirm')}
              </button>
              <button type="button" class="button button-secondary" onClick={() => setLeaving(false)}>
                {t('volunteer.leave.cancel')}
              </button>
            </div>
          </>
        ) : (
          <button type="button" class="link-button" onClick={() => setLeaving(true)}>
            {t('volunteer.leave.start')}
          </button>
        )}
      </section>
    </Page>
  );
}
