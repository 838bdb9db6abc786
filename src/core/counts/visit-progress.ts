import { ACTIVATION_TUTORIAL, VISIT_STEPS, type CountEvent } from './vocabulary';

/**
 * A person's progress in one visit (lượt truy cập), for the dashboard's funnel: checker started →
 * result shown → activation tutorial started → activation finished. The device counts each step
 * at most once per visit and only after the step before it (event `visit_progress`), so every step
 * is a subset of the one before and the funnel never passes 100%. Re-running the checker, seeing
 * a second result or finishing a tutorial twice in the same visit adds nothing.
 *
 * A visit is the browser tab's session on a phone (a reload keeps it), one visitor on a kiosk (the
 * wipe between visitors ends it) and one household for a volunteer (a tally ends it); it also
 * ends with the day, so a visit's steps all fall on one day.
 */
export { VISIT_STEPS };
export type VisitStep = (typeof VISIT_STEPS)[number];

/** What the device remembers for the visit in progress: its day and how many steps it reached. */
export interface VisitState {
  day: string;
  reached: number;
}

/** The step a count stands for, if any (a step done in the activation tutorial means it was started). */
export function visitStepOf(event: CountEvent, param: string | undefined): VisitStep | undefined {
  switch (event) {
    case 'checker_start':
      return 'checker_start';
    case 'checker_outcome':
      return 'checker_outcome';
    case 'tutorial_start':
      return param === ACTIVATION_TUTORIAL ? 'activation_start' : undefined;
    case 'tutorial_step_done':
      return param?.split('/')[0] === ACTIVATION_TUTORIAL ? 'activation_start' : undefined;
    case 'tutorial_finish':
      return param === ACTIVATION_TUTORIAL ? 'activation_finish' : undefined;
    default:
      return undefined;
  }
}

/** Counts that end the visit after them: the next household a volunteer guides is another visit. */
const ENDS_VISIT: readonly CountEvent[] = ['volunteer_tally'];

/**
 * The progress step to count for this count, if any, and the visit's state after it. `state` is
 * what the device kept (undefined or another day: a new visit starts).
 */
export function advanceVisit(
  state: VisitState | undefined,
  event: CountEvent,
  param: string | undefined,
  day: string,
): { step?: VisitStep; state: VisitState } {
  const current = state && state.day === day ? state : { day, reached: 0 };
  if (ENDS_VISIT.includes(event)) return { state: { day, reached: 0 } };
  const step = visitStepOf(event, param);
  // Only the next step in order: a step already counted, or one whose step before was not reached
  // in this visit (a tutorial opened without the checker), is not the funnel's.
  if (step === undefined || VISIT_STEPS.indexOf(step) !== current.reached) return { state: current };
  return { step, state: { day, reached: current.reached + 1 } };
}

/** A kept state read back (sessionStorage anyone could edit): checked, or undefined. */
export function parseVisitState(raw: string | null): VisitState | undefined {
  try {
    const v = JSON.parse(raw ?? 'null') as Partial<VisitState> | null;
    if (!v || typeof v.day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.day)) return undefined;
    if (!Number.isInteger(v.reached) || v.reached! < 0 || v.reached! > VISIT_STEPS.length) return undefined;
    return { day: v.day, reached: v.reached! };
  } catch {
    return undefined;
  }
}
