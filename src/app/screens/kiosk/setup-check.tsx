import { useEffect, useState } from 'preact/hooks';
import { parseSetup, type KioskSetup } from '../../../core/kiosk/setup-link';
import { currentVisit } from '../../../platform/kiosk/kiosk-flag';
import { readKioskSetup } from '../../../platform/kiosk/kiosk-store';
import { hrefFor } from '../../../core/routes';
import { ButtonLink } from '../../components/button-link';
import { Page } from '../../components/page';
import { useT } from '../../hooks';
import { applySetup } from './apply-setup';
import { PinForm } from './pin-form';
import { SetupProblems } from './setup-problems';
import { SetupSummary } from './setup-summary';

/**
 * /kiosk?setup=...: a setup link opened on the tablet. A bad link is refused with what is wrong;
 * a good one is shown for checking and applied on a tap (a tap also allows full screen). A kiosk
 * already set up asks for its current PIN first, so a visitor cannot re-point it.
 */
export function SetupCheck({ query }: { query: URLSearchParams }) {
  const t = useT();
  const check = parseSetup(query);
  const [existing, setExisting] = useState<KioskSetup | null | undefined>(undefined);
  const [unlocked, setUnlocked] = useState(false);
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    void readKioskSetup().then((s) => setExisting(s && currentVisit() ? s : null));
  }, []);

  if (!check.ok) {
    return (
      <Page title={t('kiosk.setup.badTitle')}>
        <SetupProblems problems={check.problems} />
        <p>{t('kiosk.setup.badHelp')}</p>
        <ButtonLink href={hrefFor('kiosk')} secondary>
          {t('kiosk.setup.makeNew')}
        </ButtonLink>
      </Page>
    );
  }

  const apply = () =>
    void applySetup(check.setup).catch(() => {
      setFailed(true);
    });

  return (
    <Page title={t('kiosk.setup.checkTitle')} lead={t('kiosk.setup.checkLead')}>
      <SetupSummary setup={check.setup} />
      {failed && (
        <p class="kiosk-error" role="alert">
          {t('kiosk.setup.saveFailed')}
        </p>
      )}
      {existing === undefined ? null : existing && !unlocked ? (
        <>
          <p>{t('kiosk.setup.replaceNote', { id: existing.kioskId })}</p>
          <PinForm pin={existing.pin} purpose="replace" onOk={() => setUnlocked(true)} />
        </>
      ) : (
        <button type="button" class="button" data-action="kiosk-enable" onClick={apply}>
          {t('kiosk.setup.apply')}
        </button>
      )}
    </Page>
  );
}
