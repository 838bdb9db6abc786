import type { CountEvent, CountParam } from '../core/counts/vocabulary';
import type { CountContext, PendingCount } from '../platform/counts/types';

// On the first screen's critical path (main.tsx and the router import it): keep it tiny, with
// type-only imports. idb and the delivery code load after the first paint, when the page is idle.

const OFF_KEY = 'vneid-guide:counts-off';
const queue: PendingCount[] = [];
let sink: ((c: PendingCount) => void) | undefined;
let loading = false;
let context: CountContext = {};
let off: boolean | undefined;
// The link the app was opened with (a poster's ?src= tag), before any navigation changes it.
const linkSearch = typeof location === 'undefined' ? '' : location.search;

type ParamArgs<E extends CountEvent> = CountParam<E> extends undefined ? [] : [param: CountParam<E>];

/**
 * Counts one anonymous event (thống kê ẩn danh). Fire-and-forget: never blocks, never throws;
 * nothing about the person is recorded, only the event, its id-like parameter and the context.
 */
export function count<E extends CountEvent>(event: E, ...param: ParamArgs<E>): void {
  try {
    if (!isCountingOn()) return;
    const item: PendingCount = { ...context, event, param: param[0], at: Date.now() };
    if (sink) return sink(item);
    if (queue.length < 500) queue.push(item);
    load();
  } catch {
    // Counting must never break the app.
  }
}

/** Kiosk mode, volunteer mode and the locality choice say where counts come from. */
export function setCountContext(change: CountContext): void {
  context = { ...context, ...change };
}

/** Personal phones can switch counting off on the privacy screen (kept on this device only). */
export function isCountingOn(): boolean {
  if (off === undefined) {
    try {
      off = localStorage.getItem(OFF_KEY) === '1';
    } catch {
      off = false;
    }
  }
  return !off;
}

/** Switching off also deletes the counts not yet sent: nothing more leaves this device. */
export function setCountingOn(on: boolean): Promise<void> {
  off = !on;
  try {
    if (on) localStorage.removeItem(OFF_KEY);
    else localStorage.setItem(OFF_KEY, '1');
  } catch {
    // Not saved: the choice still holds for this visit.
  }
  if (on) return Promise.resolve();
  queue.length = 0;
  return import('../platform/counts/index').then((m) => m.forgetPendingCounts()).catch(() => undefined);
}

function load(): void {
  if (loading) return;
  loading = true;
  const go = () =>
    import('../platform/counts/index').then(
      (m) => {
        sink = m.startCounting(linkSearch);
        queue.splice(0).forEach(sink);
      },
      () => {
        loading = false; // offline before the chunk was cached: try again with the next count
      },
    );
  if ('requestIdleCallback' in window) requestIdleCallback(go, { timeout: 5000 });
  else setTimeout(go, 2000);
}
