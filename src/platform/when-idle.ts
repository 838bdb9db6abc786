import type { AddJob } from './idle-jobs';

/**
 * Queues a job for after the first paint, one at a time in idle periods (idle-jobs.ts, which says
 * why). In the main bundle: the scheduler itself is a small chunk that loads with the first job.
 */
export const whenIdle: AddJob = (kind, job) => import('./idle-jobs').then((m) => m.whenIdle(kind, job));
