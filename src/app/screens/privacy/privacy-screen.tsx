import { COUNTED_LINES, COUNTED_WITH_LINES } from '../../../core/counts/disclosure';
import { Page } from '../../components/page';
import { useT } from '../../hooks';
import { currentVisit } from '../../../platform/kiosk/kiosk-flag';
import { CountSwitch } from './count-switch';

/** Says exactly what the anonymous counts hold and why, with the switch to turn them off. */
export function PrivacyScreen() {
  const t = useT();
  return (
    <Page title={t('privacy.title')} lead={t('privacy.lead')}>
      <h2>{t('privacy.countedTitle')}</h2>
      <ul>
        {COUNTED_LINES.map((k) => (
          <li key={k} data-counted={k}>
            {t(`privacy.counted.${k}`)}
          </li>
        ))}
      </ul>
      <h2>{t('privacy.withTitle')}</h2>
      <ul>
        {COUNTED_WITH_LINES.map((k) => (
          <li key={k} data-counted-with={k}>
            {t(`privacy.with.${k}`)}
          </li>
        ))}
      </ul>
      <h2>{t('privacy.neverTitle')}</h2>
      <p>{t('privacy.never')}</p>
      <h2>{t('privacy.whyTitle')}</h2>
      <p>{t('privacy.why')}</p>
      <h2>{t('privacy.howTitle')}</h2>
      <p>{t('privacy.how')}</p>
      <h2 id="count-switch-title">{t('privacy.switchTitle')}</h2>
      {/* The switch is for personal phones: a visitor must not turn off a shared kiosk's counts. */}
      {currentVisit() ? <p>{t('privacy.kioskSwitch')}</p> : <CountSwitch />}
    </Page>
  );
}
