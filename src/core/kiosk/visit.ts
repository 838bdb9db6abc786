import { toBase64Url } from './pin';

/**
 * A kiosk visit's stamp. Browsers cannot delete history entries, so the kiosk marks each entry with
 * the visit it belongs to (in history.state) and treats an entry of any other visit as the attract
 * screen. The stamp is random per visit, never leaves the device and names nobody.
 */
export const VISIT_STATE_KEY = 'kioskVisit';

export function newVisitStamp(randomBytes: Uint8Array): string {
  return toBase64Url(randomBytes.slice(0, 9));
}

/** The stamp in a history entry's state ('' when the entry has none). */
export function stampOf(state: unknown): string {
  if (state && typeof state === 'object' && VISIT_STATE_KEY in state) {
    const v = (state as Record<string, unknown>)[VISIT_STATE_KEY];
    return typeof v === 'string' ? v : '';
  }
  return '';
}

/** True when an entry belongs to another visit (or to none: before kiosk mode, or never stamped). */
export function isEarlierVisit(state: unknown, current: string): boolean {
  return stampOf(state) !== current;
}

export function stampedState(state: unknown, current: string): Record<string, unknown> {
  const base = state && typeof state === 'object' ? (state as Record<string, unknown>) : {};
  return { ...base, [VISIT_STATE_KEY]: current };
}
