/**
 * The work a page does after its first paint, one job at a time, each started in an idle period.
 *
 * Why (docs/decisions/0038-one-job-at-a-time-after-the-first-paint.md): right after the first paint
 * the app started a dozen jobs at once (the service worker, counts and IndexedDB, the notices, the
 * unit line…). On a cheap phone their module evaluations, IndexedDB callbacks and renders ran back
 * to back as long tasks: a tap in those seconds waited up to half a second. Here a job starts only
 * once the screen has painted, the main thread is idle and the previous job is done, so a tap
 * finds the thread free between jobs. Nothing waits long: an idle period comes within a second
 * even on a busy page, and a job waiting on the network lets the next one start after HOLD_MS.
 *
 * Order: what the person sees first ('screen': parts of the screen, like the notices), then
 * offline readiness ('offline': the service worker installs during the first visit), then what
 * nobody waits for ('background': counts, kept in memory, and over a page leave, until they go).
 * A lazy chunk: the main bundle queues jobs through when-idle.ts.
 */
export type JobKind = 'screen' | 'offline' | 'background';

export interface IdleJobsDeps {
  /** Calls back once, when the screen has painted: no job starts before. */
  afterPaint: (go: () => void) => void;
  /** Calls back in the next idle period. */
  idle: (go: () => void) => void;
  /** Calls back after `ms` (the hold on the queue ends). */
  later: (go: () => void, ms: number) => void;
}

export type AddJob = <T>(kind: JobKind, job: () => T | PromiseLike<T>) => Promise<T>;

const RANKS: JobKind[] = ['screen', 'offline', 'background'];
const HOLD_MS = 1000;

/** A queue of jobs for one page (the page's own below; tests bring their paint, idle and timers). */
export function idleJobs({ afterPaint, idle, later }: IdleJobsDeps): AddJob {
  const queue: { rank: number; run: () => void }[] = [];
  let busy = true; // until the first paint
  const next = () => !busy && queue.length && ((busy = true), idle(() => queue.shift()!.run()));
  afterPaint(() => ((busy = false), next()));
  return (kind, job) =>
    new Promise((resolve, reject) => {
      const rank = RANKS.indexOf(kind);
      const at = queue.findIndex((j) => j.rank > rank); // first in, first out within a kind
      queue.splice(at < 0 ? queue.length : at, 0, {
        rank,
        run: () => {
          let held = 1;
          const release = () => held-- && ((busy = false), next());
          Promise.resolve().then(job).then(resolve, reject).finally(release);
          later(release, HOLD_MS);
        },
      });
      next();
    });
}

let add: AddJob | undefined;

/** Queues a job (see above): `kind` says how soon it is needed. Loaded after the first paint (when-idle.ts). */
export const whenIdle: AddJob = (kind, job) =>
  (add ??= idleJobs({
    afterPaint: (go) => go(),
    // Safari has no requestIdleCallback: a short timer leaves room for a frame and a tap.
    idle: (go) => ('requestIdleCallback' in window ? requestIdleCallback(go, { timeout: 1000 }) : setTimeout(go, 50)),
    later: setTimeout,
  }))(kind, job);
