import type { FunctionComponent } from 'preact';
import { hrefFor } from '../../../core/routes';
import { Callout } from '../../components/callout';
import { BookIcon, CheckIcon, PinIcon, QrIcon } from '../../components/icons';
import { Page } from '../../components/page';
import { I18nContext, type Translate } from '../../i18n';
import { Link } from '../../router';
import { openShare } from '../../share-action';
import { LazySlot } from '../../unit-slot';

const loadNotices = () => import('../../notices/home-notices').then((m) => m.HomeNotices);

// In the main bundle (first paint): keep this screen small and import nothing heavy.

const Job = ({
  href,
  icon: Icon,
  title,
  body,
  onClick,
}: {
  href: string;
  icon: FunctionComponent;
  title: string;
  body: string;
  onClick?: (e: MouseEvent) => void;
}) => (
  <li class="job">
    <Link href={href} class="job-link" onClick={onClick}>
      <span class="job-icon">
        <Icon />
      </span>
      <span class="job-text">
        <span class="job-title">{title}</span>
        <span class="job-body">{body}</span>
      </span>
    </Link>
  </li>
);

export function HomeScreen() {
  // Context through a Consumer, not a hook: the first screen's bundle carries no preact/hooks.
  return <I18nContext.Consumer>{({ t }) => <Home t={t} />}</I18nContext.Consumer>;
}

function Home({ t }: { t: Translate }) {
  return (
    <Page title={t('home.title')} lead={t('home.lead')}>
      <ul class="jobs">
        <Job href={hrefFor('checker')} icon={CheckIcon} title={t('home.jobs.checker.title')} body={t('home.jobs.checker.body')} />
        <Job href={hrefFor('guides')} icon={BookIcon} title={t('home.jobs.guides.title')} body={t('home.jobs.guides.body')} />
        <Job href={hrefFor('places')} icon={PinIcon} title={t('home.jobs.places.title')} body={t('home.jobs.places.body')} />
        {/* Last, so a phone can leave it out (layout.css): the page already is on the person's phone. */}
        <Job
          href={hrefFor('home')}
          icon={QrIcon}
          title={t('home.jobs.share.title')}
          body={t('home.jobs.share.body')}
          onClick={(e) => {
            e.preventDefault();
            openShare({ handoff: true });
          }}
        />
      </ul>
      <Callout>
        <p>{t('home.activationNote')}</p>
        <p>
          <Link href={hrefFor('guide', { tutorial: 'activate' })}>{t('home.activationLink')}</Link>
        </p>
      </Callout>
      {/* Organizers' notices: code and data after the first paint, nothing at all when none is in force.
          Last in the page's content: arriving later, a notice moves nothing the person sees (on a phone,
          and on a laptop, what follows is below the fold; a notice above the jobs pushed them down). */}
      <LazySlot load={loadNotices} />
    </Page>
  );
}
