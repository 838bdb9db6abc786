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
 * In the main bundle: keep it tiny.
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

const RANK: Record<JobKind, number> = { screen: 0, offline: 1, background: 2 };
const HOLD_MS = 1000;

interface Job {
  rank: number;
  run: () => void;
}

export class IdleJobs {
  private readonly queue: Job[] = [];
  private busy = true; // until the first paint

  constructor(private readonly deps: IdleJobsDeps) {
    deps.afterPaint(() => {
      this.busy = false;
      this.next();
    });
  }

  /** Runs `job` when its turn comes; the promise settles with the job's own. */
  add<T>(kind: JobKind, job: () => T | Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const rank = RANK[kind];
      const at = this.queue.findIndex((j) => j.rank > rank); // first in, first out within a kind
      this.queue.splice(at < 0 ? this.queue.length : at, 0, {
        rank,
        run: () => {
          let free = false;
          const release = () => {
            if (free) return;
            free = true;
            this.busy = false;
            this.next();
          };
          new Promise<T>((r) => r(job())).then(resolve, reject).finally(release);
          this.deps.later(release, HOLD_MS);
        },
      });
      this.next();
    });
  }

  private next() {
    if (this.busy || !this.queue.length) return;
    this.busy = true;
    this.deps.idle(() => this.queue.shift()!.run());
  }
}

/** After the first contentful paint (or, for a tab that paints nothing, 5 s). */
function afterFirstPaint(go: () => void) {
  let done = false;
  const once = () => !done && ((done = true), go());
  try {
    new PerformanceObserver((l, o) => l.getEntriesByName('first-contentful-paint').length && (o.disconnect(), once())).observe({
      type: 'paint',
      buffered: true,
    });
  } catch {
    // No paint timing: the timer below.
  }
  setTimeout(once, 5000);
}

let jobs: IdleJobs | undefined;

/** Queues a job for after the first paint (see above): `kind` says how soon it is needed. */
export const whenIdle = <T>(kind: JobKind, job: () => T | Promise<T>): Promise<T> =>
  (jobs ??= new IdleJobs({
    afterPaint: afterFirstPaint,
    // Safari has no requestIdleCallback: a short timer leaves room for a frame and a tap.
    idle: (go) => ('requestIdleCallback' in window ? requestIdleCallback(go, { timeout: 1000 }) : setTimeout(go, 50)),
    later: (go, ms) => setTimeout(go, ms),
  })).add(kind, job);
