import { tutorials } from 'virtual:content/tutorials';
import type { TutorialLink } from '../../../core/eligibility/types';
import { pick } from '../../../core/i18n/languages';
import type { Service } from '../../../core/points/types';
import { hrefFor } from '../../../core/routes';
import { ButtonLink } from '../../components/button-link';
import { BookIcon, PinIcon } from '../../components/icons';
import { useLang, useT } from '../../hooks';
import { Link } from '../../router';

export function tutorialHref(link: TutorialLink): string {
  return link.step ? hrefFor('guideStep', { tutorial: link.tutorial, step: link.step }) : hrefFor('guide', { tutorial: link.tutorial });
}

export function placeHref(place: Service): string {
  return hrefFor('places', {}, { dv: place });
}

function useTutorialTitle(): (id: string) => string {
  const lang = useLang();
  const t = useT();
  return (id) => {
    const found = tutorials.find((x) => x.id === id);
    return found ? pick(found.title, lang) : t('checker.result.tutorialFallback');
  };
}

/** The tutorial to open next (a big button), then the others as plain links. */
export function TutorialLinks({ links, primary }: { links: readonly TutorialLink[]; primary: boolean }) {
  const t = useT();
  const title = useTutorialTitle();
  const [first, ...rest] = links;
  if (!first) return null;
  return (
    <>
      {primary ? (
        <p>
          <ButtonLink href={tutorialHref(first)}>
            <BookIcon /> {t('checker.result.openTutorial', { title: title(first.tutorial) })}
          </ButtonLink>
        </p>
      ) : null}
      <ul class="plain-list checker-links">
        {(primary ? rest : links).map((link) => (
          <li key={`${link.tutorial}/${link.step ?? ''}`}>
            <Link href={tutorialHref(link)} data-tutorial={link.tutorial}>
              {t('checker.result.seeTutorial', { title: title(link.tutorial) })}
            </Link>
          </li>
        ))}
      </ul>
    </>
  );
}

export function PlaceLink({ place, primary }: { place: Service; primary: boolean }) {
  const t = useT();
  if (primary) {
    return (
      <p>
        <ButtonLink href={placeHref(place)} secondary>
          <PinIcon /> {t(`checker.place.${place}`)}
        </ButtonLink>
      </p>
    );
  }
  return (
    <p>
      <Link href={placeHref(place)} data-place={place}>
        {t(`checker.place.${place}`)}
      </Link>
    </p>
  );
}
