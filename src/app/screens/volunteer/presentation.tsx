import { useEffect, useState } from 'preact/hooks';
import { loadTutorial, tutorials } from 'virtual:content/tutorials';
import { pick } from '../../../core/i18n/languages';
import { hrefFor } from '../../../core/routes';
import { textParts } from '../../../core/tutorials/text';
import type { Tutorial } from '../../../core/tutorials/types';
import { Page } from '../../components/page';
import { useLang, useT } from '../../hooks';
import { Link } from '../../router';

/** The query parameter naming the tutorial being presented (xem: "show"); tat-ca ("all") lists them. */
export const PRESENT_PARAM = 'xem';
export const PRESENT_LIST = 'tat-ca';
export const presentHref = (id: string = PRESENT_LIST) => hrefFor('volunteer', {}, { [PRESENT_PARAM]: id });

/**
 * Presentation view (trình chiếu): a tutorial one large step at a time, for showing a household on
 * the volunteer's phone. Nothing is saved: the household's progress is not the volunteer's.
 */
export function Presentation({ tutorialId }: { tutorialId: string }) {
  const t = useT();
  const lang = useLang();
  const [tutorial, setTutorial] = useState<Tutorial | null | undefined>(undefined);
  const [index, setIndex] = useState(0);
  useEffect(() => {
    let live = true;
    loadTutorial(tutorialId, lang).then(
      (tu) => live && setTutorial(tu ?? null),
      () => live && setTutorial(null),
    );
    return () => void (live = false);
  }, [tutorialId, lang]);

  if (tutorialId === PRESENT_LIST) return <PresentationList />;
  if (tutorial === undefined)
    return (
      <p class="page" role="status">
        {t('common.loading')}
      </p>
    );
  if (!tutorial) return <PresentationList missing />;
  const step = tutorial.steps[index]!;
  const markup = tutorial.illustrations[step.illustration];
  const m = tutorial.steps.length;
  return (
    <Page title={pick(tutorial.title, lang)}>
      <div class="presentation">
        <p class="presentation-count" data-step-number={index + 1} data-steps={m}>
          {t('volunteer.present.stepOf', { n: String(index + 1), m: String(m) })}
        </p>
        <h2 class="presentation-title">{pick(step.title, lang)}</h2>
        {markup && <div class="presentation-illustration" aria-hidden="true" dangerouslySetInnerHTML={{ __html: markup }} />}
        <p class="presentation-text">
          {textParts(pick(step.text, lang)).map((part, i) => (part.strong ? <strong key={i}>{part.text}</strong> : part.text))}
        </p>
        <p class="presentation-see">
          <strong>{t('volunteer.present.see')}</strong> {pick(step.see, lang)}
        </p>
        <div class="volunteer-actions">
          <button
            type="button"
            class="button button-secondary"
            disabled={index === 0}
            onClick={() => setIndex(index - 1)}
            data-action="previous-step"
          >
            {t('volunteer.present.previous')}
          </button>
          <button type="button" class="button" disabled={index === m - 1} onClick={() => setIndex(index + 1)} data-action="next-step">
            {t('volunteer.present.next')}
          </button>
        </div>
        <p>
          <Link href={presentHref()}>{t('volunteer.present.other')}</Link>
        </p>
      </div>
    </Page>
  );
}

function PresentationList({ missing }: { missing?: boolean }) {
  const t = useT();
  const lang = useLang();
  return (
    <Page title={t('volunteer.present.title')} lead={t('volunteer.present.lead')}>
      {missing && (
        <p class="volunteer-error" role="alert">
          {t('volunteer.present.missing')}
        </p>
      )}
      <ul class="volunteer-list">
        {tutorials.map((tu) => (
          <li key={tu.id}>
            <Link href={presentHref(tu.id)} class="button button-secondary volunteer-list-link">
              {pick(tu.title, lang)}
            </Link>
          </li>
        ))}
      </ul>
      <p>
        <Link href={hrefFor('volunteer')}>{t('volunteer.back')}</Link>
      </p>
    </Page>
  );
}
