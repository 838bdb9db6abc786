import { newVisitStamp } from '../../../../core/kiosk/visit';
import { ROUTES } from '../../../../core/routes';
import type { WipeStep } from '../../../../core/kiosk/wipe-plan';
import type { KioskSetup } from '../../../../core/kiosk/setup-link';
import { setCurrentVisit } from '../../../../platform/kiosk/kiosk-flag';
import { wipeStoredData } from '../../../../platform/kiosk/wipe';

/**
 * Forgetting a visitor (core/kiosk/wipe-plan.ts): close what is open, hide the page, forget what
 * is stored, start a new visit stamp, and reload at the attract screen. The reload forgets the
 * page's memory (answers on screen, a card just read, a typed place), whoever keeps it; main.tsx
 * opens every kiosk page load at the attract screen, which takes care of the history.
 */
export const RUNTIME_WIPE_STEPS = ['dialogs', 'page-memory', 'history'] as const satisfies readonly WipeStep[];

/**
 * Left in sessionStorage for the page after the reload: why it reloaded ("visit": a visit ended,
 * counted as a reset; "boot": a page that did not come from a wipe, e.g. after a reboot) and
 * whether a storage step failed (the next page redoes it).
 */
export const RESET_MARK = 'vneid-guide:kiosk-reset';
export type ResetReason = 'visit' | 'boot';
export interface ResetMark {
  reason: ResetReason;
  retry: boolean;
}

let forgetting = false;

export async function forgetVisitor(setup: KioskSetup, reason: ResetReason): Promise<void> {
  if (forgetting) return;
  forgetting = true;
  await closeDialogs();
  // Nothing of the visit stays visible while storage is cleared, nor in a back-forward cache copy.
  document.body.hidden = true;
  const report = await wipeStoredData(setup.lang).catch(() => ({ failed: ['databases'] }));
  setCurrentVisit(newVisitStamp(crypto.getRandomValues(new Uint8Array(9))));
  try {
    writeResetMark({ reason, retry: report.failed.length > 0 });
  } catch {
    // No sessionStorage: the next page cannot read a mark either, and starts without wiping again.
  }
  location.replace(ROUTES.kiosk);
}

export function writeResetMark(mark: ResetMark): void {
  sessionStorage.setItem(RESET_MARK, `${mark.reason}${mark.retry ? ':retry' : ''}`);
}

/** The mark left by the previous page (removed as it is read); 'unavailable' without sessionStorage. */
export function takeResetMark(): ResetMark | null | 'unavailable' {
  try {
    const value = sessionStorage.getItem(RESET_MARK);
    sessionStorage.removeItem(RESET_MARK);
    if (!value) return null;
    return { reason: value.startsWith('boot') ? 'boot' : 'visit', retry: value.endsWith(':retry') };
  } catch {
    return 'unavailable';
  }
}

async function closeDialogs(): Promise<void> {
  // The share dialog through its own API (its onClose must not start a second wipe: see `forgetting`).
  await import('../../../share').then((m) => m.closeShareDialog()).catch(() => undefined);
  document.querySelectorAll('dialog').forEach((d) => d.open && d.close());
}
