import { stampedState } from '../../../../core/kiosk/visit';

/**
 * Stamps every history entry made during this visit with the visit's stamp (core/kiosk/visit.ts).
 * The router, the app and any later code write history with null state; wrapping the two History
 * methods stamps them all without anyone having to remember. src/app/main.tsx sends an entry with
 * another stamp to the attract screen, before the first paint. Returns the undo.
 */
export function stampHistory(visit: string): () => void {
  const push = history.pushState;
  const replace = history.replaceState;
  history.pushState = function (state: unknown, unused: string, url?: string | URL | null) {
    push.call(history, stampedState(state, visit), unused, url);
  };
  history.replaceState = function (state: unknown, unused: string, url?: string | URL | null) {
    replace.call(history, stampedState(state, visit), unused, url);
  };
  // The entry the kiosk booted on (main.tsx stamped it only if it was another visit's).
  replace.call(history, stampedState(history.state, visit), '');
  return () => {
    history.pushState = push;
    history.replaceState = replace;
  };
}
