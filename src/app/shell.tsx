import type { ComponentChildren } from 'preact';
import { site } from 'virtual:content/site';
import { pick, type Lang } from '../core/i18n/languages';
import { hrefFor } from '../core/routes';
import { telHref } from '../core/site';
import { PhoneIcon, QrIcon } from './components/icons';
import type { I18n } from './i18n';
import { Link } from './router';
import { openShare } from './share-action';
import { UnitSlot } from './unit-slot';
import { UpdateSlot } from './update-slot';

/**
 * The frame around every screen: the title, the language switch, the hotline (always one tap
 * away), the share action, and the footer links. In the main bundle: keep it lean.
 */
export function Shell({
  children,
  onLanguage,
  i18n,
  screen,
}: {
  children: ComponentChildren;
  onLanguage: (lang: Lang) => void;
  i18n: I18n;
  /** The route id of the screen shown ("not-found" for an unknown path): which screen, in any language. */
  screen?: string;
}) {
  const { t, lang } = i18n;
  const hotline = site.hotlines[0];
  const other: Lang = lang === 'vi' ? 'en' : 'vi';
  return (
    <>
      <a class="skip-link" href="#main">
        {t('common.skipToContent')}
      </a>
      <header class="masthead">
        <div class="masthead-inner">
          <Link href={hrefFor('home')} class="brand">
            {pick(site.title, lang)}
          </Link>
          <div class="masthead-actions">
            <button
              type="button"
              class="link-button"
              lang={other}
              aria-label={t('common.language.switchToLabel')}
              onClick={() => onLanguage(other)}
            >
              {t('common.language.switchTo')}
            </button>
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} data-screen={screen}>
        {children}
      </main>
      <div class="action-bar">
        {/* The spoken name starts with the visible text (WCAG 2.5.3 Label in Name), then says what it is. */}
        {hotline && (
          <a
            class="button button-secondary action"
            href={telHref(hotline.number)}
            aria-label={t('common.hotline.call', { number: hotline.number })}
          >
            <PhoneIcon />
            <span>{t('common.hotline.short', { number: hotline.number })}</span>
          </a>
        )}
        <button
          type="button"
          class="button button-secondary action"
          data-action="share-page"
          onClick={() => void openShare().catch(() => alert(t('common.share.unavailable')))}
        >
          <QrIcon />
          <span>{t('common.share.button')}</span>
        </button>
      </div>
      <footer class="site-footer">
        <nav aria-label={t('common.menu')}>
          <ul class="footer-links">
            <li>
              <Link href={hrefFor('about')}>{t('common.footer.about')}</Link>
            </li>
            <li>
              <Link href={hrefFor('settings')}>{t('common.footer.settings')}</Link>
            </li>
            <li>
              <Link href={hrefFor('privacy')}>{t('common.footer.privacy')}</Link>
            </li>
            {/* Last: a phone leaves the organizers' posters out (layout.css). */}
            <li>
              <Link href={hrefFor('posters')}>{t('common.footer.posters')}</Link>
            </li>
          </ul>
        </nav>
        <p>{t('common.footer.notOfficial')}</p>
        <UnitSlot />
      </footer>
      {/* Last, and sticky at the bottom of the screen: appearing later never pushes the page down. */}
      <UpdateSlot lang={lang} />
    </>
  );
}
