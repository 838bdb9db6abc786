import { useEffect, useState } from 'preact/hooks';
import { isSetupQuery, type KioskSetup } from '../../../core/kiosk/setup-link';
import { currentVisit } from '../../../platform/kiosk/kiosk-flag';
import { readKioskSetup } from '../../../platform/kiosk/kiosk-store';
import { useRoute, useT } from '../../hooks';
import { AttractScreen } from './attract-screen';
import { KioskIntro } from './kiosk-intro';
import { SetupCheck } from './setup-check';
import './kiosk-screen.css';

/**
 * /kiosk (chế độ kiosk): a setup link being checked (?setup=...), the attract screen of a kiosk,
 * or, on any other device, how to set one up.
 */
export function KioskScreen() {
  const { query } = useRoute();
  const t = useT();
  const [setup, setSetup] = useState<KioskSetup | null | undefined>(undefined);
  useEffect(() => {
    void readKioskSetup().then((s) => setSetup(s && currentVisit() ? s : null));
  }, []);
  if (isSetupQuery(query)) return <SetupCheck query={query} />;
  if (setup === undefined)
    return (
      <p class="page" role="status">
        {t('common.loading')}
      </p>
    );
  return setup ? <AttractScreen setup={setup} /> : <KioskIntro />;
}
