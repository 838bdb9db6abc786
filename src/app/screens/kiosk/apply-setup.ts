import type { KioskSetup } from '../../../core/kiosk/setup-link';
import { newVisitStamp } from '../../../core/kiosk/visit';
import { ROUTES } from '../../../core/routes';
import { enterFullscreen } from '../../../platform/kiosk/fullscreen';
import { clearKioskFlag, setCurrentVisit } from '../../../platform/kiosk/kiosk-flag';
import { clearKioskSetup, saveKioskSetup } from '../../../platform/kiosk/kiosk-store';
import { wipeStoredData } from '../../../platform/kiosk/wipe';
import { writeSettings } from '../../../platform/settings-store';
import { keepModeOffline, loadEnglishTexts, loadQrMaker } from '../../keep-mode-offline';
import { writeResetMark } from './runtime/restart';

/**
 * Turns this device into a kiosk: the setup is saved (IndexedDB, survives reboots), whatever the
 * previous user left is wiped, the display gets the kiosk's defaults (large text, its language),
 * a first visit stamp is set (the flag main.tsx reads), and the page reloads at the attract
 * screen, which also drops the setup link from the tab's current entry. What the kiosk may show
 * beyond a phone's precache (its runtime, the QR maker, the English texts) is kept for offline use.
 */
export async function applySetup(setup: KioskSetup): Promise<void> {
  await saveKioskSetup(setup);
  await wipeStoredData(setup.lang);
  await keepModeOffline([() => import('./runtime/start'), loadQrMaker, loadEnglishTexts]);
  writeSettings({ lang: setup.lang, largeText: true, highContrast: false });
  setCurrentVisit(newVisitStamp(crypto.getRandomValues(new Uint8Array(9))));
  try {
    writeResetMark({ reason: 'boot', retry: false }); // just wiped: the next page need not wipe again
  } catch {
    // Without sessionStorage the next page wipes once more: harmless.
  }
  enterFullscreen();
  location.replace(ROUTES.kiosk);
}

/**
 * Leaves kiosk mode (after the PIN): the runtime stops, the configuration and the last visitor's
 * data go, the display returns to the defaults, and the app opens as on any phone.
 */
export async function exitKioskMode(lang: KioskSetup['lang']): Promise<void> {
  const runtime = await import('./runtime/start');
  runtime.stopKioskRuntime();
  await wipeStoredData(lang);
  await clearKioskSetup();
  clearKioskFlag();
  writeSettings({ largeText: false, highContrast: false });
  if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
  location.replace(ROUTES.home);
}
