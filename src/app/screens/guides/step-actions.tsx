import { useEffect, useRef, useState } from 'preact/hooks';
import { site } from 'virtual:content/site';
import { pick } from '../../../core/i18n/languages';
import { hrefFor } from '../../../core/routes';
import { telHref } from '../../../core/site';
import { FIX_TUTORIAL_ID } from '../../../core/tutorials/ids';
import { findStep, stuckTargets } from '../../../core/tutorials/navigation';
import type { StepRef, Tutorial, TutorialStep } from '../../../core/tutorials/types';
import { count } from '../../count';
import { useLang, useT } from '../../hooks';
import { Link } from '../../router';
import { refHref } from './links';
import { useTutorial } from './use-tutorial';

interface Props {
  tutorial: Tutorial;
  step: TutorialStep;
  returnTo: StepRef | undefined;
  finished: boolean;
  onDone: () => void;
}

/** "I did this" (Tôi đã làm xong) and "I'm stuck" (Tôi bị vướng), or the end of the tutorial. */
export function StepActions({ tutorial, step, returnTo, finished, onDone }: Props) {
  const t = useT();
  const [choosing, setChoosing] = useState(false);
  const targets = stuckTargets(step);
  // From a fix, another fix keeps the way back to the step the person started from.
  const back: StepRef | undefined = tutorial.id === FIX_TUTORIAL_ID ? returnTo : { tutorial: tutorial.id, step: step.id };

  // Always a choice, never a jump into one fix: the step's own fixes first, "another problem", the
  // hotline. A single fix chosen for the person often is not their problem.
  const stuck = () => {
    if (!choosing) count('tutorial_stuck', `${tutorial.id}/${step.id}`);
    setChoosing(!choosing);
  };

  if (finished) return <Finished />;
  return (
    <>
      <div class="step-actions">
        <button type="button" class="button" data-action="step-done" onClick={onDone}>
          {t('tutorials.step.did')}
        </button>
        <button type="button" class="button button-secondary" data-action="stuck" aria-expanded={choosing} onClick={stuck}>
          {t('tutorials.step.stuck')}
        </button>
      </div>
      {choosing && <StuckChoices targets={targets} back={back} />}
    </>
  );
}

function StuckChoices({ targets, back }: { targets: StepRef[]; back: StepRef | undefined }) {
  const t = useT();
  const lang = useLang();
  const fixes = useTutorial(FIX_TUTORIAL_ID);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const titleOf = (ref: StepRef) => {
    const s = fixes.status === 'ready' && ref.step ? findStep(fixes.tutorial, ref.step) : undefined;
    return s ? pick(s.title, lang) : (ref.step ?? ref.tutorial);
  };
  return (
    <section class="stuck-choices" aria-labelledby="stuck-title" data-stuck-choices>
      <h2 id="stuck-title" tabIndex={-1} ref={heading}>
        {t('tutorials.step.stuckTitle')}
      </h2>
      <ul class="link-list">
        {targets
          .filter((ref) => ref.step)
          .map((ref) => (
            <li key={ref.step}>
              <Link href={refHref(ref, back)} data-fix={ref.step}>
                {titleOf(ref)}
              </Link>
            </li>
          ))}
        <li>
          <Link href={refHref({ tutorial: FIX_TUTORIAL_ID }, back)} data-fix="other">
            {t('tutorials.step.stuckOther')}
          </Link>
        </li>
      </ul>
      <Hotline />
    </section>
  );
}

function Finished() {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section class="callout finished" aria-labelledby="finished-title" data-finished>
      <h2 id="finished-title" tabIndex={-1} ref={heading}>
        {t('tutorials.finish.title')}
      </h2>
      <p>{t('tutorials.finish.body')}</p>
      <ul class="link-list">
        <li>
          <Link href={hrefFor('guides')}>{t('tutorials.finish.toList')}</Link>
        </li>
        <li>
          <Link href={hrefFor('guide', { tutorial: FIX_TUTORIAL_ID })}>{t('tutorials.finish.toFixes')}</Link>
        </li>
      </ul>
    </section>
  );
}

/** The national hotline: the last resort when no fix helps. */
export function Hotline() {
  const t = useT();
  const hotline = site.hotlines[0];
  if (!hotline) return null;
  return (
    <p>
      <a class="tel" href={telHref(hotline.number)} data-action="hotline-call">
        {t('common.hotline.call', { number: hotline.number })}
      </a>
    </p>
  );
}
