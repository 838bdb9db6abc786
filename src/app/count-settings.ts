import { COUNTS_OFF_KEY } from '../platform/counts/switch-key';

/** Personal phones can switch counting off on the privacy screen (kept on this device only). */
export function isCountingOn(): boolean {
  try {
    return localStorage.getItem(COUNTS_OFF_KEY) !== '1';
  } catch {
    return false; // no storage: no counting either (IndexedDB is blocked too)
  }
}

/** Switching off also deletes the counts not yet sent: nothing more leaves this device. */
export async function setCountingOn(on: boolean): Promise<void> {
  try {
    if (on) localStorage.removeItem(COUNTS_OFF_KEY);
    else localStorage.setItem(COUNTS_OFF_KEY, '1');
  } catch {
    // Not saved: nothing else to do (counting is impossible without storage anyway).
  }
  if (!on) await import('../platform/counts/index').then((m) => m.forgetPendingCounts()).catch(() => undefined);
}

/** How many counts wait on this device to be sent (shown on the privacy screen). */
export function pendingCountTotal(): Promise<number> {
  return import('../platform/counts/index').then((m) => m.pendingCounts()).catch(() => 0);
}
