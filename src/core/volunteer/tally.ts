import { VOLUNTEER_OUTCOMES, type VolunteerOutcome } from '../counts/vocabulary';
import { peopleTotal, readPeople, type PeopleCounts } from './people';

export { VOLUNTEER_OUTCOMES, type VolunteerOutcome };

/**
 * What stops a household from getting an account yet (vướng mắc), when a volunteer tallies
 * "not eligible yet". The ids are the checker's blockers (content/rules), so both speak of the
 * same things; "other" covers the rest. Counts only: never a name, a number or a note.
 */
export const TALLY_BLOCKERS = ['no-chip-card', 'card-lost-expired', 'sim-other', 'no-smartphone', 'other'] as const;
export type TallyBlocker = (typeof TALLY_BLOCKERS)[number];

/** One home visit's outcome (kết quả lần đến hộ gia đình). */
export interface Tally {
  outcome: VolunteerOutcome;
  /** Only with "not-eligible". */
  blocker?: TallyBlocker;
  /** The people within the household by outcome, when counted (never with "nobody home"). */
  people?: PeopleCounts;
}

export const ACTIVATED_OUTCOMES: readonly VolunteerOutcome[] = ['activated-level1', 'activated-level2'];

export function isVolunteerOutcome(value: unknown): value is VolunteerOutcome {
  return typeof value === 'string' && (VOLUNTEER_OUTCOMES as readonly string[]).includes(value);
}

export function isTallyBlocker(value: unknown): value is TallyBlocker {
  return typeof value === 'string' && (TALLY_BLOCKERS as readonly string[]).includes(value);
}

export type TallyProblem = 'noOutcome' | 'noBlocker';

/**
 * The tally form's answer as a Tally, or what is missing. A blocker given with another outcome is
 * dropped (the form hides the question; a stale choice must not be counted), and so are people
 * for a visit where nobody was home.
 */
export function makeTally(
  outcome: string | null | undefined,
  blocker: string | null | undefined,
  people: unknown = undefined,
): Tally | TallyProblem {
  if (!isVolunteerOutcome(outcome)) return 'noOutcome';
  const counted = outcome === 'nobody-home' ? {} : readPeople(people, true);
  const withPeople = peopleTotal(counted) > 0 ? { people: counted } : {};
  if (outcome !== 'not-eligible') return { outcome, ...withPeople };
  return isTallyBlocker(blocker) ? { outcome, blocker, ...withPeople } : 'noBlocker';
}
