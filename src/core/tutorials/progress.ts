import { isSlug } from './ids';
import type { Tutorial } from './types';

/**
 * How far a person got in one tutorial, kept on the device only (IndexedDB) so a return resumes
 * at the same step. Step ids only: nothing personal, and the date is kept to the day.
 */
export interface TutorialProgress {
  tutorial: string;
  /** The step last opened: where a return resumes. */
  current: string;
  /** Steps the person marked "I did this" (Tôi đã làm xong), in the tutorial's order. */
  done: string[];
  /** Set once "I did this" is pressed on the last step. */
  finished: boolean;
  /** YYYY-MM-DD of the last change. */
  updated: string;
}

/** Records that a step was opened (resume point). */
export function openStep(progress: TutorialProgress | undefined, tutorial: Tutorial, stepId: string, today: string): TutorialProgress {
  const base = reconcileProgress(progress, tutorial) ?? emptyProgress(tutorial, today);
  if (!tutorial.steps.some((s) => s.id === stepId)) return base;
  return { ...base, current: stepId, updated: today };
}

/** The outcome of "I did this": the new progress, the step to show next, and whether this finished the tutorial. */
export interface StepCompletion {
  progress: TutorialProgress;
  /** Undefined on the last step: the screen shows the end of the tutorial. */
  next: string | undefined;
  /** True only the first time the last step is done, so a finish is counted once. */
  finishedNow: boolean;
}

export function completeStep(progress: TutorialProgress | undefined, tutorial: Tutorial, stepId: string, today: string): StepCompletion {
  const base = reconcileProgress(progress, tutorial) ?? emptyProgress(tutorial, today);
  const index = tutorial.steps.findIndex((s) => s.id === stepId);
  if (index < 0) return { progress: base, next: undefined, finishedNow: false };
  const doneSet = new Set([...base.done, stepId]);
  const done = tutorial.steps.map((s) => s.id).filter((id) => doneSet.has(id));
  const next = tutorial.steps[index + 1]?.id;
  const isLast = next === undefined;
  const finishedNow = isLast && !base.finished;
  return {
    progress: { ...base, done, current: next ?? stepId, finished: base.finished || isLast, updated: today },
    next,
    finishedNow,
  };
}

/**
 * The step a return opens: the one last opened, if it still exists after a content update; else the
 * first step not yet done; else the first step. A finished tutorial starts again at the top.
 */
export function resumeStepId(tutorial: Tutorial, progress: TutorialProgress | undefined): string | undefined {
  const first = tutorial.steps[0]?.id;
  const p = reconcileProgress(progress, tutorial);
  if (!p || p.finished) return first;
  if (tutorial.steps.some((s) => s.id === p.current)) return p.current;
  return tutorial.steps.find((s) => !p.done.includes(s.id))?.id ?? first;
}

/** Whether there is anything to resume (a started, unfinished tutorial past its first step). */
export function hasResumePoint(tutorial: Tutorial, progress: TutorialProgress | undefined): boolean {
  const p = reconcileProgress(progress, tutorial);
  if (!p || p.finished) return false;
  return p.done.length > 0 || (p.current !== tutorial.steps[0]?.id && tutorial.steps.some((s) => s.id === p.current));
}

/**
 * Drops what no longer matches the tutorial (steps removed or renamed since the progress was saved;
 * renamed ones follow their aliases). Undefined when the progress is for another tutorial.
 */
export function reconcileProgress(progress: TutorialProgress | undefined, tutorial: Tutorial): TutorialProgress | undefined {
  if (!progress || progress.tutorial !== tutorial.id) return undefined;
  const current = currentIdOf(tutorial, progress.current) ?? progress.current;
  const doneSet = new Set(progress.done.map((id) => currentIdOf(tutorial, id)).filter((id) => id !== undefined));
  const done = tutorial.steps.map((s) => s.id).filter((id) => doneSet.has(id));
  return { ...progress, current, done };
}

/**
 * Progress read back from storage may be from an older app version or damaged: accept only the
 * expected shape, so a bad record means "start at the top", never a crash.
 */
export function isTutorialProgress(value: unknown): value is TutorialProgress {
  if (!value || typeof value !== 'object') return false;
  const v = value as Record<string, unknown>;
  return (
    isSlug(v.tutorial) &&
    isSlug(v.current) &&
    Array.isArray(v.done) &&
    v.done.every(isSlug) &&
    typeof v.finished === 'boolean' &&
    typeof v.updated === 'string' &&
    /^\d{4}-\d{2}-\d{2}$/.test(v.updated)
  );
}

function emptyProgress(tutorial: Tutorial, today: string): TutorialProgress {
  return { tutorial: tutorial.id, current: tutorial.steps[0]?.id ?? '', done: [], finished: false, updated: today };
}

function currentIdOf(tutorial: Tutorial, stepId: string): string | undefined {
  return tutorial.steps.find((s) => s.id === stepId || s.aliases?.includes(stepId))?.id;
}
