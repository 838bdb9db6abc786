import { pick } from '../../../core/i18n/languages';
import { FIX_TUTORIAL_ID } from '../../../core/tutorials/ids';
import { findStep } from '../../../core/tutorials/navigation';
import { hasResumePoint, reconcileProgress, resumeStepId } from '../../../core/tutorials/progress';
import type { StepRef, Tutorial } from '../../../core/tutorials/types';
import { ButtonLink } from '../../components/button-link';
import { Page } from '../../components/page';
import { useLang, useRoute, useT } from '../../hooks';
import { returnRefOf, stepHref } from './links';
import { LoadState } from './load-state';
import { Hotline } from './step-actions';
import { BackToStep } from './step-links';
import { StepList } from './step-nav';
import { StaleNotice, TutorialSources } from './tutorial-notes';
import { useProgress, useTutorial } from './use-tutorial';
import './guides.css';

/** /huong-dan/<tutorial>: what the tutorial is for, start or continue, and every step. */
export function GuideScreen() {
  const { params, query } = useRoute();
  const loaded = useTutorial(params.tutorial);
  if (loaded.status !== 'ready') return <LoadState loaded={loaded} />;
  return <Overview tutorial={loaded.tutorial} returnTo={returnRefOf(query)} />;
}

function Overview({ tutorial, returnTo }: { tutorial: Tutorial; returnTo: StepRef | undefined }) {
  const t = useT();
  const lang = useLang();
  const progress = useProgress(tutorial.id);
  const isFixes = tutorial.id === FIX_TUTORIAL_ID;
  const done = reconcileProgress(progress ?? undefined, tutorial)?.done ?? [];
  return (
    <Page title={pick(tutorial.title, lang)} lead={pick(tutorial.summary, lang)}>
      {returnTo && <BackToStep target={returnTo} />}
      <StaleNotice tutorial={tutorial} />
      {isFixes ? (
        // The fixes are a menu: the person picks the problem they have, not step 1.
        <>
          <h2>{t('tutorials.overview.fixesTitle')}</h2>
          <StepList tutorial={tutorial} done={[]} returnTo={returnTo} />
          <Hotline />
        </>
      ) : (
        <>
          {/* "Start" until the progress is read (a first visit has none, and a pre-rendered page shows it):
              the slot is never empty, so the steps below do not move down when the progress arrives. */}
          <StartOrResume tutorial={tutorial} progress={progress ?? undefined} />
          <h2>{t('tutorials.overview.stepsTitle')}</h2>
          <StepList tutorial={tutorial} done={done} />
        </>
      )}
      <TutorialSources tutorial={tutorial} />
    </Page>
  );
}

function StartOrResume({ tutorial, progress }: { tutorial: Tutorial; progress: Parameters<typeof resumeStepId>[1] }) {
  const t = useT();
  const lang = useLang();
  const first = tutorial.steps[0]?.id ?? '';
  if (!hasResumePoint(tutorial, progress)) {
    return (
      <p>
        <ButtonLink href={stepHref(tutorial.id, first)} action="start-tutorial">
          {t('tutorials.overview.start')}
        </ButtonLink>
      </p>
    );
  }
  const at = resumeStepId(tutorial, progress) ?? first;
  const step = findStep(tutorial, at);
  const n = tutorial.steps.findIndex((s) => s.id === at) + 1;
  return (
    <p class="start-actions">
      <ButtonLink href={stepHref(tutorial.id, at)} action="continue-tutorial">
        {t('tutorials.overview.continue', { n, title: step ? pick(step.title, lang) : at })}
      </ButtonLink>
      <ButtonLink href={stepHref(tutorial.id, first)} secondary action="restart-tutorial">
        {t('tutorials.overview.restart')}
      </ButtonLink>
    </p>
  );
}
