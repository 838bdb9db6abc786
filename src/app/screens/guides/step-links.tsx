import { pick } from '../../../core/i18n/languages';
import { findStep } from '../../../core/tutorials/navigation';
import type { StepRef } from '../../../core/tutorials/types';
import { useLang, useT } from '../../hooks';
import { Link } from '../../router';
import { refHref } from './links';
import { useTutorial } from './use-tutorial';

/** The title of a tutorial or of one of its steps (loads that tutorial's module, precached anyway). */
function useRefTitle(ref: StepRef): string {
  const lang = useLang();
  const loaded = useTutorial(ref.tutorial);
  if (loaded.status !== 'ready') return ref.step ? `${ref.tutorial}/${ref.step}` : ref.tutorial;
  const step = ref.step ? findStep(loaded.tutorial, ref.step) : undefined;
  return step ? `${pick(loaded.tutorial.title, lang)}: ${pick(step.title, lang)}` : pick(loaded.tutorial.title, lang);
}

/** On a fix opened from "I'm stuck": the way back to the step the person was on. */
export function BackToStep({ target }: { target: StepRef }) {
  const t = useT();
  const title = useRefTitle(target);
  return (
    <p class="back-to">
      <Link href={refHref(target)} data-action="back-to-step">
        <span aria-hidden="true">← </span>
        {t('tutorials.step.backTo', { title })}
      </Link>
    </p>
  );
}

function RelatedLink({ target }: { target: StepRef }) {
  return <Link href={refHref(target)}>{useRefTitle(target)}</Link>;
}

export function RelatedLinks({ refs }: { refs: readonly StepRef[] }) {
  const t = useT();
  if (refs.length === 0) return null;
  return (
    <>
      <h2>{t('tutorials.step.related')}</h2>
      <ul class="link-list">
        {refs.map((r) => (
          <li key={`${r.tutorial}/${r.step ?? ''}`}>
            <RelatedLink target={r} />
          </li>
        ))}
      </ul>
    </>
  );
}
