import { useT } from '../../hooks';
import { site } from 'virtual:content/site';
import { ButtonLink } from '../../components/button-link';
import { Page } from '../../components/page';

/** Stands in for a screen that is not built yet; says so and gives the hotline instead. */
export function ComingSoonScreen() {
  const t = useT();
  return (
    <Page title={t('home.title')} lead={t('not-found.comingSoon', { number: site.hotlines[0]?.number ?? '1900 0368' })}>
      <ButtonLink href="/">{t('not-found.goHome')}</ButtonLink>
    </Page>
  );
}
