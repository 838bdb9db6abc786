import { useEffect, useState } from 'preact/hooks';
import { pick } from '../../../core/i18n/languages';
import { hrefFor } from '../../../core/routes';
import { FIX_TUTORIAL_ID } from '../../../core/tutorials/ids';
import { localDay } from '../../../core/tutorials/freshness';
import { firstScamStep, lookupStep, type StepPosition } from '../../../core/tutorials/navigation';
import { completeStep, openStep, type TutorialProgress } from '../../../core/tutorials/progress';
import type { StepRef, Tutorial, TutorialStep } from '../../../core/tutorials/types';
import { Callout } from '../../components/callout';
import { Page } from '../../components/page';
import { count } from '../../count';
import { useLang, useRoute, useT } from '../../hooks';
import { Link, navigate } from '../../router';
import { Illustration } from './illustration';
import { refHref, returnRefOf, stepHref } from './links';
import { LoadState } from './load-state';
import { RichText } from './rich-text';
import { ScamWarning } from './scam-warning';
import { SpeakButton } from './speak-button';
import { BackToStep, RelatedLinks } from './step-links';
import { StepActions } from './step-actions';
import { StepNav } from './step-nav';
import { StaleNotice, TutorialSources } from './tutorial-notes';
import { currentProgress, rememberProgress, useTutorial } from './use-tutorial';
import './guides.css';

/** /huong-dan/<tutorial>/<step>: one step per screen (một bước một màn hình). */
export function GuideStepScreen() {
  const { params, query } = useRoute();
  const loaded = useTutorial(params.tutorial);
  const found = loaded.status === 'ready' ? lookupStep(loaded.tutorial, params.step ?? '') : undefined;
  const returnTo = returnRefOf(query);

  // A renamed step's old URL (already on a printed QR code) opens the step under its new id.
  const movedTo = loaded.status === 'ready' && found?.kind === 'moved' ? stepHref(loaded.tutorial.id, found.stepId, returnTo) : undefined;
  useEffect(() => {
    if (movedTo) navigate(movedTo, { replace: true });
  }, [movedTo]);

  if (loaded.status !== 'ready') return <LoadState loaded={loaded} />;
  if (found?.kind === 'step')
    return <StepView tutorial={loaded.tutorial} step={found.step} position={found.position} returnTo={returnTo} />;
  return <StepNotFound tutorial={loaded.tutorial} />;
}

function StepNotFound({ tutorial }: { tutorial: Tutorial }) {
  const t = useT();
  const first = tutorial.steps[0]?.id ?? '';
  return (
    <Page title={t('tutorials.notFound.step')}>
      <p data-not-found="step">
        <Link href={stepHref(tutorial.id, first)} data-action="first-step">
          {t('tutorials.notFound.toStart')}
        </Link>
      </p>
    </Page>
  );
}

interface StepViewProps {
  tutorial: Tutorial;
  step: TutorialStep;
  position: StepPosition;
  returnTo: StepRef | undefined;
}

function StepView({ tutorial, step, position, returnTo }: StepViewProps) {
  const t = useT();
  const lang = useLang();
  const [progress, setProgress] = useState<TutorialProgress | undefined>();
  const [finished, setFinished] = useState(false);
  const stepKey = `${tutorial.id}/${step.id}`;

  useEffect(() => {
    let live = true;
    void currentProgress(tutorial.id).then((before) => {
      if (!live) return; // left already (a tap on "done" before this read came back): that tap saved the progress
      // Opening step 1 of a finished tutorial starts it again; opening any step with no progress starts it.
      const restart = before?.finished === true && position.first;
      if (!before || restart) count('tutorial_start', tutorial.id);
      const p = openStep(restart ? undefined : before, tutorial, step.id, localDay(new Date()));
      rememberProgress(p);
      setProgress(p);
    });
    return () => {
      live = false;
    };
    // The tutorial object is the loaded (cached) one: it changes only with the tutorial.
  }, [tutorial, step.id, position.first]);

  const markDone = async () => {
    const before = await currentProgress(tutorial.id);
    if (!before) count('tutorial_start', tutorial.id); // done before the opening's read came back
    const done = completeStep(before, tutorial, step.id, localDay(new Date()));
    rememberProgress(done.progress);
    setProgress(done.progress);
    count('tutorial_step_done', stepKey);
    if (done.finishedNow) count('tutorial_finish', tutorial.id);
    // A fix opened from "I'm stuck" leads back to the step the person was on.
    if (returnTo) navigate(refHref(returnTo));
    else if (done.next) navigate(stepHref(tutorial.id, done.next));
    else setFinished(true);
  };

  return (
    <Page title={pick(step.title, lang)}>
      <p class="step-position" data-step-position={`${position.n}/${position.m}`}>
        <strong>{t('tutorials.step.position', { n: position.n, m: position.m })}</strong>
        {' · '}
        <Link href={hrefFor('guide', { tutorial: tutorial.id })}>{pick(tutorial.title, lang)}</Link>
      </p>
      {returnTo && <BackToStep target={returnTo} />}
      <StaleNotice tutorial={tutorial} />
      <p class="step-text">
        <RichText text={pick(step.text, lang)} />
      </p>
      {/* One primary action right after the instruction, within the first screen of a phone. */}
      <StepActions tutorial={tutorial} step={step} returnTo={returnTo} finished={finished} onDone={markDone} />
      {step.scamWarning && <ScamWarning full={firstScamStep(tutorial) === step.id} />}
      <Illustration markup={tutorial.illustrations[step.illustration]} />
      <h2>{t('tutorials.step.see')}</h2>
      <p>
        <RichText text={pick(step.see, lang)} />
      </p>
      {step.tips.length > 0 && (
        <>
          <h2>{t('tutorials.step.tips')}</h2>
          <ul>
            {step.tips.map((tip, i) => (
              <li key={i}>
                <RichText text={pick(tip, lang)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {step.unconfirmed && (
        <Callout title={t('tutorials.step.unconfirmed')}>
          <p>{pick(step.unconfirmed, lang)}</p>
        </Callout>
      )}
      <SpeakButton step={step} />
      {/* In a fix opened from "I'm stuck", Back and Next would lead into other, unrelated fixes. */}
      {!(returnTo && tutorial.id === FIX_TUTORIAL_ID) && (
        <StepNav tutorial={tutorial} step={step} progress={progress} returnTo={returnTo} />
      )}
      <RelatedLinks refs={step.related} />
      <TutorialSources tutorial={tutorial} />
    </Page>
  );
}
