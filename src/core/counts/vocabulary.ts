import { ROUTES, type RouteId } from '../routes';

/**
 * The closed vocabulary of anonymous counts (thống kê ẩn danh), shared by the app and the
 * collector. An event name not listed here is refused by the collector; a parameter must fit its
 * event's rule. Parameters are ids (routes, outcomes, tutorials, steps), never free text.
 */
export type ParamRule =
  | { kind: 'none' }
  | { kind: 'route' }
  | { kind: 'id' }
  | { kind: 'step' }
  | { kind: 'oneOf'; values: readonly string[] }
  | { kind: 'volunteer' }
  | { kind: 'people' };

/** Outcomes a volunteer tallies after a home visit (kết quả hộ gia đình), counts only. */
export const VOLUNTEER_OUTCOMES = [
  'activated-level1',
  'activated-level2',
  'registered-waiting',
  'referred-level2',
  'not-eligible',
  'nobody-home',
] as const;
export type VolunteerOutcome = (typeof VOLUNTEER_OUTCOMES)[number];
/** "Not eligible yet" may name its blocker (vướng mắc): `not-eligible/<blocker id>`. */
export type VolunteerTally = VolunteerOutcome | `not-eligible/${string}`;

/**
 * What came of one person within a household visit (issue 18: "2 activated, 1 without a chip
 * card"). The household outcomes that fit a person, the tally's blockers, and the two a household
 * has that a single outcome cannot say: someone who already had an account, a child under 14
 * without a Căn cước card (a child's account needs the card, vneid-facts.md §1).
 */
export const PERSON_OUTCOMES = [
  'activated-level2',
  'activated-level1',
  'registered-waiting',
  'referred-level2',
  'already-active',
  'no-chip-card',
  'card-lost-expired',
  'sim-other',
  'no-smartphone',
  'child-no-card',
  'other',
] as const;
export type PersonOutcome = (typeof PERSON_OUTCOMES)[number];
/** People one household visit can count at most (all outcomes together; the collector checks each). */
export const PEOPLE_PER_VISIT_MAX = 30;
/**
 * A visit's people of one outcome: `<person outcome>/<how many>`, e.g. `activated-level2/2`. The
 * number rides in the parameter, so a day's counter adds visits, and the collector can refuse a
 * visit with more than PEOPLE_PER_VISIT_MAX people of one outcome.
 */
export type VolunteerPeople = `${PersonOutcome}/${number}`;

export const POINT_SEARCH_MODES = ['gps', 'text', 'kiosk'] as const;

/** A home visit's closing checklist (src/core/volunteer/closing-checklist.ts): every item ticked, or not. */
export const CHECKLIST_RESULTS = ['all-ticked', 'not-all-ticked'] as const;
export type ChecklistResult = (typeof CHECKLIST_RESULTS)[number];

/**
 * The funnel's steps (checker started → result shown → activation tutorial started → finished),
 * each counted at most once per visit, in order, by the device itself (see visit-progress.ts).
 */
export const VISIT_STEPS = ['checker_start', 'checker_outcome', 'activation_start', 'activation_finish'] as const;

const none = { kind: 'none' } as const;

export const COUNT_EVENTS = {
  screen_open: { kind: 'route' },
  checker_start: none,
  checker_outcome: { kind: 'id' },
  tutorial_start: { kind: 'id' },
  tutorial_step_done: { kind: 'step' },
  tutorial_stuck: { kind: 'step' },
  tutorial_finish: { kind: 'id' },
  point_search: { kind: 'oneOf', values: POINT_SEARCH_MODES },
  point_directions: none,
  point_call: none,
  point_calendar: none,
  share_shown: { kind: 'route' },
  link_opened: none,
  kiosk_session_start: none,
  kiosk_reset: none,
  volunteer_tally: { kind: 'volunteer' },
  // A volunteer's undo of one of today's tallies (a mis-tap): subtracts it (docs/decisions/0028-volunteer-undo.md).
  volunteer_tally_undone: { kind: 'volunteer' },
  volunteer_checklist: { kind: 'oneOf', values: CHECKLIST_RESULTS },
  // People within a household visit, by outcome, and their undo with the visit's (docs/decisions/0032-people-within-a-household-visit.md).
  volunteer_people: { kind: 'people' },
  volunteer_people_undone: { kind: 'people' },
  visit_progress: { kind: 'oneOf', values: VISIT_STEPS },
} as const satisfies Record<string, ParamRule>;

export type CountEvent = keyof typeof COUNT_EVENTS;
export const COUNT_EVENT_NAMES = Object.keys(COUNT_EVENTS) as CountEvent[];

/** The parameter type each event takes, so a wrong call fails the type check in the app. */
type ParamOf<R> = R extends { kind: 'none' }
  ? undefined
  : R extends { kind: 'route' }
    ? RouteId
    : R extends { kind: 'oneOf'; values: readonly (infer V)[] }
      ? V
      : R extends { kind: 'volunteer' }
        ? VolunteerTally
        : R extends { kind: 'people' }
          ? VolunteerPeople
          : string;
export type CountParam<E extends CountEvent> = ParamOf<(typeof COUNT_EVENTS)[E]>;

/** The activation tutorial: its start and finish are the funnel's last two steps. */
export const ACTIVATION_TUTORIAL = 'activate';

/** Content ids (outcomes, tutorials, steps): lower-case slugs, as in URLs. */
const ID = /^[a-z0-9][a-z0-9_-]{0,47}$/;

export function isCountEvent(value: unknown): value is CountEvent {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(COUNT_EVENTS, value);
}

/** What a parameter of this event must look like, in words (for error messages). */
export function describeParamRule(event: CountEvent): string {
  const rule: ParamRule = COUNT_EVENTS[event];
  switch (rule.kind) {
    case 'none':
      return 'no param';
    case 'route':
      return 'a route id (' + Object.keys(ROUTES).join(', ') + ')';
    case 'id':
      return 'an id of lower-case letters, digits, "-" or "_" (at most 48)';
    case 'step':
      return '"<tutorial id>/<step id>"';
    case 'oneOf':
      return 'one of ' + rule.values.join(', ');
    case 'volunteer':
      return 'one of ' + VOLUNTEER_OUTCOMES.join(', ') + ', or not-eligible/<blocker id>';
    case 'people':
      return `"<person outcome>/<1–${PEOPLE_PER_VISIT_MAX}>", the outcome one of ` + PERSON_OUTCOMES.join(', ');
  }
}

/** True when `param` fits the event's rule ('' or undefined stand for "no param"). */
export function isValidParam(event: CountEvent, param: string | undefined): boolean {
  const rule: ParamRule = COUNT_EVENTS[event];
  const p = param ?? '';
  switch (rule.kind) {
    case 'none':
      return p === '';
    case 'route':
      return Object.prototype.hasOwnProperty.call(ROUTES, p);
    case 'id':
      return ID.test(p);
    case 'step': {
      const parts = p.split('/');
      return parts.length === 2 && parts.every((s) => ID.test(s));
    }
    case 'oneOf':
      return rule.values.includes(p);
    case 'volunteer': {
      if ((VOLUNTEER_OUTCOMES as readonly string[]).includes(p)) return true;
      const [outcome, blocker, ...rest] = p.split('/');
      return outcome === 'not-eligible' && blocker !== undefined && ID.test(blocker) && rest.length === 0;
    }
    case 'people':
      return parsePeopleParam(p) !== null;
  }
}

/** `activated-level2/2` as its outcome and number, or null when it is not a people parameter. */
export function parsePeopleParam(param: string): { outcome: PersonOutcome; people: number } | null {
  const m = /^([a-z0-9-]+)\/([1-9]\d?)$/.exec(param);
  if (!m || !(PERSON_OUTCOMES as readonly string[]).includes(m[1]!)) return null;
  const people = Number(m[2]);
  return people <= PEOPLE_PER_VISIT_MAX ? { outcome: m[1] as PersonOutcome, people } : null;
}
