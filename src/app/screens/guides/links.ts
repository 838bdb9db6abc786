import { hrefFor } from '../../../core/routes';
import { formatStepRef, parseStepRef } from '../../../core/tutorials/refs';
import type { StepRef } from '../../../core/tutorials/types';

/**
 * "I'm stuck" opens a fix with `?tu=<tutorial>/<step>` (từ: where the person came from), so the fix
 * can offer the way back. Short and id-only: it may be shared or turned into a QR like any URL.
 */
export const RETURN_PARAM = 'tu';

export function returnRefOf(query: URLSearchParams): StepRef | undefined {
  const ref = parseStepRef(query.get(RETURN_PARAM) ?? '');
  return ref?.step ? ref : undefined;
}

export function refHref(ref: StepRef, returnTo?: StepRef): string {
  const query = { [RETURN_PARAM]: returnTo ? formatStepRef(returnTo) : undefined };
  return ref.step
    ? hrefFor('guideStep', { tutorial: ref.tutorial, step: ref.step }, query)
    : hrefFor('guide', { tutorial: ref.tutorial }, query);
}

export function stepHref(tutorial: string, step: string, returnTo?: StepRef): string {
  return refHref({ tutorial, step }, returnTo);
}
