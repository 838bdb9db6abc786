import { useState } from 'preact/hooks';
import type { KioskSetup } from '../../../core/kiosk/setup-link';
import { hrefFor } from '../../../core/routes';
import { enterFullscreen } from '../../../platform/kiosk/fullscreen';
import { Page } from '../../components/page';
import { useT } from '../../hooks';
import { Link } from '../../router';
import { exitKioskMode } from './apply-setup';
import { AttractMessages } from './attract-messages';
import { PhoneQr } from './phone-qr';
import { PinForm } from './pin-form';

/**
 * The attract screen (màn hình chờ) between visitors: what this tablet is for, big ways in, a QR
 * to continue on one's own phone, and, tucked at the bottom, the organizer's way out (PIN).
 */
export function AttractScreen({ setup }: { setup: KioskSetup }) {
  const t = useT();
  const [managing, setManaging] = useState(false);
  const ways = [
    { id: 'start', href: hrefFor('home'), label: t('kiosk.attract.start'), primary: true },
    { id: 'checker', href: hrefFor('checker'), label: t('kiosk.attract.checker') },
    { id: 'guides', href: hrefFor('guides'), label: t('kiosk.attract.guides') },
    { id: 'places', href: hrefFor('places'), label: t('kiosk.attract.places') },
  ];
  return (
    <Page title={t('kiosk.attract.title')} lead={setup.placeName || undefined}>
      <AttractMessages />
      <div class="kiosk-attract" data-kiosk-attract>
        <div class="kiosk-attract-main">
          <ul class="kiosk-ways">
            {ways.map((w) => (
              <li key={w.href}>
                <Link
                  href={w.href}
                  class={w.primary ? 'button kiosk-way' : 'button button-secondary kiosk-way'}
                  data-way={w.id}
                  onClick={enterFullscreen}
                >
                  {w.label}
                </Link>
              </li>
            ))}
          </ul>
          <p class="hint">{t('kiosk.attract.privacy')}</p>
          <section class="kiosk-manage" aria-labelledby="kiosk-manage-title">
            <h2 id="kiosk-manage-title" class="kiosk-manage-title">
              {t('kiosk.manage.title')}
            </h2>
            {managing ? (
              <PinForm pin={setup.pin} purpose="exit" onOk={() => void exitKioskMode(setup.lang)} />
            ) : (
              <button type="button" class="link-button" data-action="exit-kiosk" onClick={() => setManaging(true)}>
                {t('kiosk.manage.exit')}
              </button>
            )}
          </section>
        </div>
        <div class="kiosk-attract-side">
          <PhoneQr kioskId={setup.kioskId} />
        </div>
      </div>
    </Page>
  );
}
