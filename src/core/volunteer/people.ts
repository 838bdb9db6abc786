import { PEOPLE_ACTIVATED } from '../counts/metrics';
import { PEOPLE_PER_VISIT_MAX, PERSON_OUTCOMES, type PersonOutcome, type VolunteerPeople } from '../counts/vocabulary';

export { PEOPLE_PER_VISIT_MAX, PERSON_OUTCOMES, type PersonOutcome };

/**
 * The people of one household visit by outcome (issue 18): "2 activated level 2, 1 needs a chip
 * card". Numbers only, never who. Zeros are left out, so an empty record means "not counted".
 */
export type PeopleCounts = Partial<Record<PersonOutcome, number>>;

export function isPersonOutcome(value: unknown): value is PersonOutcome {
  return typeof value === 'string' && (PERSON_OUTCOMES as readonly string[]).includes(value);
}

/** Everyone counted in the record. */
export function peopleTotal(people: PeopleCounts): number {
  return Object.values(people).reduce((sum, n) => sum + (n ?? 0), 0);
}

/** Those counted as activated (level 1 or 2), as the organizers' "people activated". */
export function peopleActivated(people: PeopleCounts): number {
  return PEOPLE_ACTIVATED.reduce((sum, o) => sum + (people[o] ?? 0), 0);
}

/**
 * One stepper press (−1 or +1, or any step): never below 0, and the visit never above
 * PEOPLE_PER_VISIT_MAX people in all (a household, not a street; the collector refuses more).
 */
export function stepPeople(people: PeopleCounts, outcome: PersonOutcome, delta: number): PeopleCounts {
  const now = people[outcome] ?? 0;
  const room = PEOPLE_PER_VISIT_MAX - peopleTotal(people);
  const next = Math.max(0, now + Math.min(delta, room));
  const out = { ...people };
  if (next > 0) out[outcome] = next;
  else delete out[outcome];
  return out;
}

/** Whether one more person fits in this visit. */
export function canAddPerson(people: PeopleCounts): boolean {
  return peopleTotal(people) < PEOPLE_PER_VISIT_MAX;
}

/** The visit's counts' parameters, one per outcome counted: `activated-level2/2`, in the vocabulary's order. */
export function peopleParams(people: PeopleCounts): VolunteerPeople[] {
  return PERSON_OUTCOMES.filter((o) => (people[o] ?? 0) > 0).map((o): VolunteerPeople => `${o}/${people[o]!}`);
}

/**
 * A stored or typed record read back: unknown outcomes and anything but whole numbers above 0
 * are dropped; a visit's record above the cap is not trusted at all (`perVisit`). A day's sum
 * (`perVisit` false) has no cap.
 */
export function readPeople(value: unknown, perVisit: boolean): PeopleCounts {
  if (!value || typeof value !== 'object') return {};
  const out: PeopleCounts = {};
  for (const [k, n] of Object.entries(value as Record<string, unknown>))
    if (isPersonOutcome(k) && typeof n === 'number' && Number.isInteger(n) && n > 0) out[k] = n;
  return perVisit && peopleTotal(out) > PEOPLE_PER_VISIT_MAX ? {} : out;
}

/** `a` with `b` added (sign +1) or taken away (sign −1), never below zero. */
export function addPeople(a: PeopleCounts, b: PeopleCounts, sign: 1 | -1): PeopleCounts {
  const out = { ...a };
  for (const o of PERSON_OUTCOMES) {
    const n = Math.max(0, (out[o] ?? 0) + sign * (b[o] ?? 0));
    if (n > 0) out[o] = n;
    else delete out[o];
  }
  return out;
}
