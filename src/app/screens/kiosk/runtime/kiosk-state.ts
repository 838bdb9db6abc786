import { ATTRACT, type KioskPhase } from '../../../../core/kiosk/idle';
import { createListeners } from '../../../../core/listeners';
import type { ExternalLink } from '../../../../core/kiosk/external-link';

/**
 * What the kiosk layer (bar, warning, QR of an outside link) renders: a tiny observable the
 * runtime writes and the layer reads. Module state, outside the app's component tree.
 */
export interface KioskView {
  phase: KioskPhase;
  /** The clock, refreshed every second while the warning counts down. */
  now: number;
  /** The outside link being shown as a QR code, if any. */
  outside: ExternalLink | null;
  /** True on the attract screen (/kiosk): the bar hides there. */
  onAttract: boolean;
}

let view: KioskView = { phase: ATTRACT, now: 0, outside: null, onAttract: true };
const listeners = createListeners();

export function kioskView(): KioskView {
  return view;
}

export function updateKioskView(change: Partial<KioskView>): void {
  view = { ...view, ...change };
  listeners.notify();
}

export const onKioskView = listeners.add;
