import { pick } from '../../../core/i18n/languages';
import { nextStepId, previousStepId } from '../../../core/tutorials/navigation';
import type { TutorialProgress } from '../../../core/tutorials/progress';
import type { StepRef, Tutorial, TutorialStep } from '../../../core/tutorials/types';
import { useLang, useT } from '../../hooks';
import { Link } from '../../router';
import { stepHref } from './links';

interface Props {
  tutorial: Tutorial;
  step: TutorialStep;
  progress: TutorialProgress | undefined;
  returnTo: StepRef | undefined;
}

/** Big Back and Next, and a list to jump to any step (done steps marked). */
export function StepNav({ tutorial, step, progress, returnTo }: Props) {
  const t = useT();
  const prev = previousStepId(tutorial, step.id);
  const next = nextStepId(tutorial, step.id);
  return (
    <>
      <nav class="step-nav" data-step-nav aria-label={t('tutorials.step.navLabel')}>
        {prev && (
          <Link class="button button-secondary step-prev" href={stepHref(tutorial.id, prev, returnTo)} data-step-link="previous">
            <span aria-hidden="true">←</span> {t('tutorials.step.back')}
          </Link>
        )}
        {next && (
          <Link class="button button-secondary step-next" href={stepHref(tutorial.id, next, returnTo)} data-step-link="next">
            {t('tutorials.step.next')} <span aria-hidden="true">→</span>
          </Link>
        )}
      </nav>
      <details class="step-jump" data-step-jump>
        <summary>{t('tutorials.step.jump')}</summary>
        <StepList tutorial={tutorial} current={step.id} done={progress?.done ?? []} returnTo={returnTo} />
      </details>
    </>
  );
}

/** Every step as a link, numbered; used by the step screen's jump list and the tutorial's overview. */
export function StepList({
  tutorial,
  current,
  done,
  returnTo,
}: {
  tutorial: Tutorial;
  current?: string;
  done: readonly string[];
  returnTo?: StepRef;
}) {
  const t = useT();
  const lang = useLang();
  return (
    <ol class="step-list">
      {tutorial.steps.map((s) => (
        <li key={s.id} data-step-id={s.id} data-done={done.includes(s.id) ? 'yes' : undefined}>
          <Link href={stepHref(tutorial.id, s.id, returnTo)} aria-current={s.id === current ? 'step' : undefined}>
            {pick(s.title, lang)}
          </Link>
          {done.includes(s.id) && <span class="step-done"> ({t('tutorials.step.doneMark')})</span>}
        </li>
      ))}
    </ol>
  );
}
