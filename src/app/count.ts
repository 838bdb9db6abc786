import type { CountEvent, CountParam } from '../core/counts/vocabulary';
import { whenIdle } from '../platform/when-idle';
import { COUNTS_LEFT_KEY, COUNTS_OFF_KEY } from '../platform/counts/switch-key';
import type { CountContext, PendingCount } from '../platform/counts/types';

// On the first screen's critical path (main.tsx and the router import it): keep it tiny, with
// type-only imports. idb and delivery load after the first paint, when the page is idle.
// The on/off switch lives in count-settings.ts (only the privacy screen needs it).

const queue: PendingCount[] = [];
let sink: ((c: PendingCount) => void) | undefined;
let loading = false;
let context: CountContext = {};
// The link the app was opened with (a poster's ?src= tag), before any navigation changes it.
const linkSearch = location.search;

type ParamArgs<E extends CountEvent> = CountParam<E> extends undefined ? [] : [param: CountParam<E>];

/**
 * Counts one anonymous event (thống kê ẩn danh). Fire-and-forget: never blocks, never throws;
 * nothing about the person is recorded, only the event, its id-like parameter and the context.
 */
export function count<E extends CountEvent>(event: E, ...param: ParamArgs<E>): void {
  try {
    if (localStorage.getItem(COUNTS_OFF_KEY) === '1') return;
    const item: PendingCount = { ...context, event, param: param[0], at: Date.now() };
    if (sink) return sink(item);
    if (queue.length < 500) queue.push(item);
    if (loading) return;
    loading = true;
    // Leaving before the delivery code loaded (a quick look at a poster's link): keep the counts
    // for the next visit instead of losing them.
    addEventListener('pagehide', () => {
      if (sink || !queue.length) return;
      const kept = JSON.parse(localStorage.getItem(COUNTS_LEFT_KEY) || '[]') as PendingCount[];
      localStorage.setItem(COUNTS_LEFT_KEY, JSON.stringify(kept.concat(queue.splice(0).map(withContext))));
    });
    // Last in the work after the first paint (idle-jobs.ts): nobody waits for a count to leave.
    void whenIdle('background', () => import('../platform/counts/index')).then(
      (m) => {
        sink = m.startCounting(linkSearch);
        queue.splice(0).map(withContext).forEach(sink);
      },
      () => (loading = false), // offline before the chunk was cached: try again with the next count
    );
  } catch {
    // Counting must never break the app (storage blocked, private mode).
  }
}

/**
 * Counts made before the kiosk or volunteer runtime said where they come from (it loads in
 * parallel with the first screen) take the context known when they leave the queue; a count
 * made with a context keeps its own.
 */
const withContext = (item: PendingCount): PendingCount => ({ ...context, ...item });

/** Kiosk mode, volunteer mode and the locality choice say where counts come from (undefined clears). */
export function setCountContext(change: CountContext): void {
  context = { ...context, ...change };
}
