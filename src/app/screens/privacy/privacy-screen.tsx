import { site } from 'virtual:content/site';
import { pick } from '../../../core/i18n/languages';
import { Page } from '../../components/page';
import { useLang, useT } from '../../hooks';
import { currentVisit } from '../../../platform/kiosk/kiosk-flag';
import { CountSwitch } from './count-switch';

const COUNTED = ['screens', 'checker', 'tutorials', 'points', 'share', 'kiosk', 'volunteer'] as const;
const WITH = ['day', 'place', 'channel', 'source', 'version'] as const;

/** Says exactly what the anonymous counts hold and why, with the switch to turn them off. */
export function PrivacyScreen() {
  const t = useT();
  const lang = useLang();
  return (
    <Page title={t('privacy.title')} lead={t('privacy.lead')}>
      <h2>{t('privacy.countedTitle')}</h2>
      <ul>
        {COUNTED.map((k) => (
          <li key={k}>{t(`privacy.counted.${k}`)}</li>
        ))}
      </ul>
      <h2>{t('privacy.withTitle')}</h2>
      <ul>
        {WITH.map((k) => (
          <li key={k}>{t(`privacy.with.${k}`)}</li>
        ))}
      </ul>
      <h2>{t('privacy.neverTitle')}</h2>
      <p>{t('privacy.never')}</p>
      <h2>{t('privacy.whyTitle')}</h2>
      <p>{t('privacy.why')}</p>
      <h2>{t('privacy.howTitle')}</h2>
      <p>{t('privacy.how', { organizer: pick(site.organizer, lang) })}</p>
      <h2 id="count-switch-title">{t('privacy.switchTitle')}</h2>
      {/* The switch is for personal phones: a visitor must not turn off a shared kiosk's counts. */}
      {currentVisit() ? <p>{t('privacy.kioskSwitch')}</p> : <CountSwitch />}
    </Page>
  );
}
