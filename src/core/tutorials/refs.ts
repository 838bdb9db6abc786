import { isSlug } from './ids';
import type { StepRef } from './types';

/** Reads `activate/otp` or `activate` (as written in content and in the `tu` query of a fix step). */
export function parseStepRef(text: string): StepRef | undefined {
  const parts = text.trim().split('/');
  if (parts.length > 2) return undefined;
  const [tutorial, step] = parts;
  if (!isSlug(tutorial)) return undefined;
  if (step === undefined) return { tutorial };
  return isSlug(step) ? { tutorial, step } : undefined;
}

export function formatStepRef(ref: StepRef): string {
  return ref.step ? `${ref.tutorial}/${ref.step}` : ref.tutorial;
}

export function sameStepRef(a: StepRef, b: StepRef): boolean {
  return a.tutorial === b.tutorial && a.step === b.step;
}
