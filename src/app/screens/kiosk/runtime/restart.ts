import { newVisitStamp } from '../../../../core/kiosk/visit';
import { ROUTES } from '../../../../core/routes';
import type { WipeStep } from '../../../../core/kiosk/wipe-plan';
import type { KioskSetup } from '../../../../core/kiosk/setup-link';
import { setCurrentVisit } from '../../../../platform/kiosk/kiosk-flag';
import { wipeStoredData } from '../../../../platform/kiosk/wipe';

/**
 * The end of a visit (core/kiosk/wipe-plan.ts): close what is open, hide the page, forget what is
 * stored, start a new visit stamp, and reload at the attract screen. The reload is what forgets
 * the page's memory (answers on screen, a card just read, a typed place), whoever keeps it.
 */
export const RUNTIME_WIPE_STEPS = ['dialogs', 'page-memory', 'history'] as const satisfies readonly WipeStep[];

/** Set for the next page: count the reset there, and redo the storage wipe if a step failed. */
export const RESET_MARK = 'vneid-guide:kiosk-reset';

let forgetting = false;

export async function forgetVisitor(setup: KioskSetup): Promise<void> {
  if (forgetting) return;
  forgetting = true;
  await closeDialogs();
  // Nothing of the visit stays visible while storage is cleared, nor in a back-forward cache copy.
  document.body.hidden = true;
  const report = await wipeStoredData(setup.lang).catch(() => ({ failed: ['databases'] }));
  setCurrentVisit(newVisitStamp(crypto.getRandomValues(new Uint8Array(9))));
  try {
    sessionStorage.setItem(RESET_MARK, report.failed.length ? 'retry' : 'done');
  } catch {
    // The reset goes uncounted; the wipe itself is done.
  }
  location.replace(ROUTES.kiosk);
}

async function closeDialogs(): Promise<void> {
  // The share dialog through its own API (its onClose must not start a second wipe: see `forgetting`).
  await import('../../../share')
    .then((m) => m.closeShareDialog())
    .catch(() => undefined);
  document.querySelectorAll('dialog').forEach((d) => d.open && d.close());
}
