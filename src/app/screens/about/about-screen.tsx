import { useLang, useT } from '../../hooks';
import { site } from 'virtual:content/site';
import { pick } from '../../../core/i18n/languages';
import { telHref } from '../../../core/site';
import { Callout } from '../../components/callout';
import { Page } from '../../components/page';
import { formatDate } from '../../format-date';
import { useIdentity } from '../../identity/use-identity';

declare const __APP_VERSION__: string;

export function AboutScreen() {
  const t = useT();
  const lang = useLang();
  const identity = useIdentity();
  return (
    <Page title={t('about.title')} lead={t('about.what')}>
      <Callout kind="warning">
        <p>{t('about.notOfficial')}</p>
      </Callout>
      {/* Nothing in its place until an admin set the unit (no placeholder reaches citizens). */}
      {identity && (
        <>
          <h2>{t('about.runBy')}</h2>
          <p data-unit-name>{identity.unit}</p>
          <p>{t('about.area', { area: identity.area })}</p>
        </>
      )}
      <h2>{t('about.hotlines')}</h2>
      <ul class="plain-list">
        {identity?.hotlines.map((h) => (
          <li key={h.number}>
            <a href={telHref(h.number)} class="tel" data-local-hotline>
              {h.number}
            </a>{' '}
            — {h.label}
          </li>
        ))}
        {site.hotlines.map((h) => (
          <li key={h.number}>
            <a href={telHref(h.number)} class="tel">
              {h.number}
            </a>{' '}
            — {pick(h.label, lang)}
            {h.hours && <> ({pick(h.hours, lang)})</>}
          </li>
        ))}
      </ul>
      <h2>{t('about.sourcesTitle')}</h2>
      <p>{t('about.sourcesIntro')}</p>
      <ul>
        <li>{t('about.sources.decree69')}</li>
        <li>{t('about.sources.decree59')}</li>
        <li>{t('about.sources.guides')}</li>
      </ul>
      <p class="source-note">{t('about.version', { version: __APP_VERSION__, date: formatDate(site.lastChecked, lang) })}</p>
    </Page>
  );
}
