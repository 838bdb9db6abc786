import { useT } from '../../hooks';
import { ButtonLink } from '../../components/button-link';
import { Page } from '../../components/page';

/** An unknown or mangled link: say so plainly and offer the way home, never a blank page. */
export function NotFoundScreen() {
  const t = useT();
  return (
    <Page title={t('not-found.title')} lead={t('not-found.body')}>
      <ButtonLink href="/">{t('not-found.goHome')}</ButtonLink>
    </Page>
  );
}
