import { FIX_TUTORIAL_ID } from './ids';
import type { StepRef, Tutorial, TutorialStep } from './types';

/** "Step n of m" (bước n trên m), 1-based, plus whether Back and Next exist. */
export interface StepPosition {
  index: number;
  n: number;
  m: number;
  first: boolean;
  last: boolean;
}

export function findStep(tutorial: Tutorial, stepId: string): TutorialStep | undefined {
  return tutorial.steps.find((s) => s.id === stepId);
}

export function stepPosition(tutorial: Tutorial, stepId: string): StepPosition | undefined {
  const index = tutorial.steps.findIndex((s) => s.id === stepId);
  if (index < 0) return undefined;
  const m = tutorial.steps.length;
  return { index, n: index + 1, m, first: index === 0, last: index === m - 1 };
}

export function nextStepId(tutorial: Tutorial, stepId: string): string | undefined {
  const at = stepPosition(tutorial, stepId);
  return at ? tutorial.steps[at.index + 1]?.id : undefined;
}

export function previousStepId(tutorial: Tutorial, stepId: string): string | undefined {
  const at = stepPosition(tutorial, stepId);
  return at && at.index > 0 ? tutorial.steps[at.index - 1]?.id : undefined;
}

/**
 * Where "I'm stuck" (Tôi bị vướng) leads from a step: its own fixes, in the order the content
 * lists them, or the whole list of fixes when the step names none. Never empty.
 */
export function stuckTargets(step: TutorialStep): StepRef[] {
  if (step.fixes.length === 0) return [{ tutorial: FIX_TUTORIAL_ID }];
  return step.fixes.map((fix) => ({ tutorial: FIX_TUTORIAL_ID, step: fix }));
}

/**
 * The step that shows the full anti-scam warning: the first one that needs it. Later steps show
 * it folded, so the same box does not push every step's buttons off the screen.
 */
export function firstScamStep(tutorial: Tutorial): string | undefined {
  return tutorial.steps.find((s) => s.scamWarning)?.id;
}

/** What a step URL shows: the step, a redirect from an id the step used to have, or nothing. */
export type StepLookup =
  { kind: 'step'; step: TutorialStep; position: StepPosition } | { kind: 'moved'; stepId: string } | { kind: 'unknown' };

/**
 * Resolves the step part of /huong-dan/<tutorial>/<step>. Printed QR codes outlive content edits,
 * so a renamed step keeps its old id in `aliases` and the old URL redirects to the new one.
 */
export function lookupStep(tutorial: Tutorial, stepId: string): StepLookup {
  const step = findStep(tutorial, stepId);
  const position = step && stepPosition(tutorial, stepId);
  if (step && position) return { kind: 'step', step, position };
  const renamed = tutorial.steps.find((s) => s.aliases?.includes(stepId));
  return renamed ? { kind: 'moved', stepId: renamed.id } : { kind: 'unknown' };
}
