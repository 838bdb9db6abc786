import { Page } from '../../components/page';
import { useT } from '../../hooks';
import { SetupMaker } from './setup-maker';
import { SetupScan } from './setup-scan';

/**
 * /kiosk on a device that is not a kiosk: what kiosk mode does, and how an organizer sets a tablet
 * up (scan a setup QR here, or make a setup link below and open it on the tablet).
 */
export function KioskIntro() {
  const t = useT();
  return (
    <Page title={t('kiosk.intro.title')} lead={t('kiosk.intro.lead')}>
      <ul>
        <li>{t('kiosk.intro.point1')}</li>
        <li>{t('kiosk.intro.point2')}</li>
        <li>{t('kiosk.intro.point3')}</li>
        <li>{t('kiosk.intro.point4')}</li>
      </ul>
      <h2>{t('kiosk.intro.scanTitle')}</h2>
      <p>{t('kiosk.intro.scanText')}</p>
      <SetupScan />
      <SetupMaker />
    </Page>
  );
}
