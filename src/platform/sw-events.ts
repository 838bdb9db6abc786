/**
 * What the page knows about its service worker, as a tiny store the UI can subscribe to without
 * loading workbox-window (that loads later, in sw-bridge.ts, after the first paint).
 */
export type SwState = 'none' | 'offline-ready' | 'update-waiting';

let state: SwState = 'none';
let applyUpdate: (() => void) | null = null;
const listeners = new Set<(s: SwState) => void>();

export function getSwState(): SwState {
  return state;
}

export function setSwState(next: SwState, apply?: () => void): void {
  state = next;
  if (apply) applyUpdate = apply;
  listeners.forEach((l) => l(state));
}

export function onSwState(listener: (s: SwState) => void): () => void {
  listeners.add(listener);
  return () => void listeners.delete(listener);
}

/** Runs the waiting worker's update. Only ever called from the person's own tap on "Cập nhật". */
export function applyWaitingUpdate(): void {
  applyUpdate?.();
}
