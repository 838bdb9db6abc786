/**
 * What the page knows about its service worker, as a tiny store the UI can subscribe to without
 * loading workbox-window (that loads later, in sw-bridge.ts, after the first paint).
 */
import { createListeners } from '../core/listeners';

export type SwState = 'none' | 'offline-ready' | 'update-waiting';

let state: SwState = 'none';
let applyUpdate: (() => void) | null = null;
const listeners = createListeners<SwState>();

export function getSwState(): SwState {
  return state;
}

export function setSwState(next: SwState, apply?: () => void): void {
  state = next;
  if (apply) applyUpdate = apply;
  listeners.notify(state);
}

export const onSwState = listeners.add;

/** Runs the waiting worker's update. Only ever called from the person's own tap on "Cập nhật". */
export function applyWaitingUpdate(): void {
  applyUpdate?.();
}
