import { hrefFor } from '../../../core/routes';
import { Page } from '../../components/page';
import { useT } from '../../hooks';
import { Link } from '../../router';
import type { Loaded } from './use-tutorial';

/** What a guide screen shows until its tutorial is ready: loading, offline failure, or no such tutorial. */
export function LoadState({ loaded }: { loaded: Exclude<Loaded, { status: 'ready' }> }) {
  const t = useT();
  if (loaded.status === 'loading') {
    // Same frame as the real screen (a Page with its h1), so focus and layout do not jump.
    return <Page title={t('common.loading')} />;
  }
  if (loaded.status === 'failed') {
    return (
      <Page title={t('common.loadFailed')}>
        <button type="button" class="button" onClick={loaded.retry}>
          {t('common.retry')}
        </button>
      </Page>
    );
  }
  return (
    <Page title={t('tutorials.notFound.tutorial')}>
      <p data-not-found="tutorial">
        <Link href={hrefFor('guides')}>{t('tutorials.notFound.toList')}</Link>
      </p>
    </Page>
  );
}
