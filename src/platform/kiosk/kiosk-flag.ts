import { KIOSK_FLAG_KEY } from '../../core/kiosk/flag-key';

/**
 * The kiosk flag in localStorage, read synchronously by src/app/main.tsx before the first paint
 * (so a phone never loads kiosk code: no flag, no import). Its value is the current visit's stamp
 * (core/kiosk/visit.ts), which tells a page restored from the back-forward cache that a wipe happened.
 * Tiny on purpose: the places screen imports it to ask "is this a kiosk?".
 */

/** The current visit's stamp, or null on any device that is not a kiosk. */
export function currentVisit(): string | null {
  try {
    return localStorage.getItem(KIOSK_FLAG_KEY) || null;
  } catch {
    return null;
  }
}

export function setCurrentVisit(stamp: string): void {
  localStorage.setItem(KIOSK_FLAG_KEY, stamp);
}

export function clearKioskFlag(): void {
  try {
    localStorage.removeItem(KIOSK_FLAG_KEY);
  } catch {
    // Nothing stored.
  }
}
