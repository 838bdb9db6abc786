import type { KioskSetup } from '../../../core/kiosk/setup-link';
import { useT } from '../../hooks';

/** What a setup will do, for the organizer to check before applying it (the PIN is never shown). */
export function SetupSummary({ setup }: { setup: KioskSetup }) {
  const t = useT();
  const rows: [string, string][] = [
    [t('kiosk.setup.field.id'), setup.kioskId],
    [t('kiosk.setup.field.loc'), setup.locality],
    [t('kiosk.setup.field.ten'), setup.placeName || t('kiosk.setup.noName')],
    [t('kiosk.setup.field.position'), `${setup.lat}, ${setup.lng}`],
    [t('kiosk.setup.field.lang'), t(`kiosk.setup.lang.${setup.lang}`)],
    [t('kiosk.setup.field.idle'), t('kiosk.setup.seconds', { seconds: String(setup.idleSeconds) })],
  ];
  return (
    <dl class="kiosk-summary">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v}</dd>
        </div>
      ))}
    </dl>
  );
}
