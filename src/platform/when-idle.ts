import type { AddJob } from './idle-jobs';

let painted: Promise<void> | undefined;

/**
 * Queues a job for after the first paint, one at a time in idle periods (idle-jobs.ts, which says
 * why). In the main bundle: the scheduler itself is a small chunk, requested once the screen has
 * painted (a request that ends before the largest paint delays it in Lighthouse's simulation).
 * A tab that paints nothing (hidden, no paint timing) starts after 5 s.
 */
export const whenIdle: AddJob = (kind, job) =>
  (painted ??= new Promise<void>((go) => {
    try {
      new PerformanceObserver((l) => l.getEntriesByName('first-contentful-paint').length && go()).observe({
        type: 'paint',
        buffered: true,
      });
    } catch {
      // No paint timing: the timer.
    }
    setTimeout(go, 5000);
  }))
    .then(() => import('./idle-jobs'))
    .then((m) => m.whenIdle(kind, job));
