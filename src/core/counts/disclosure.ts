import type { Counter } from './batch';
import type { CountEvent } from './vocabulary';

/**
 * What the privacy screen (/rieng-tu) tells people is counted, derived from the vocabulary: every
 * event and every field a counter carries must name the line that discloses it (both maps are
 * complete records, so the type check refuses an event or a field added without one). Each line
 * is a text, `privacy.counted.<line>` or `privacy.with.<line>`, in content/locales/<lang>/privacy.json.
 */
export const EVENT_DISCLOSED_AS = {
  screen_open: 'screens',
  checker_start: 'checker',
  checker_outcome: 'checker',
  tutorial_start: 'tutorials',
  tutorial_step_done: 'tutorials',
  tutorial_stuck: 'tutorials',
  tutorial_finish: 'tutorials',
  point_search: 'points',
  point_directions: 'points',
  point_call: 'points',
  point_calendar: 'points',
  share_shown: 'share',
  link_opened: 'share',
  kiosk_session_start: 'kiosk',
  kiosk_reset: 'kiosk',
  volunteer_tally: 'volunteer',
  volunteer_tally_undone: 'volunteer',
  volunteer_checklist: 'volunteerChecklist',
  volunteer_people: 'volunteerPeople',
  volunteer_people_undone: 'volunteerPeople',
  visit_progress: 'progress',
} as const satisfies Record<CountEvent, string>;

/** The fields that go with every count (the event, its parameter and the number are the count itself). */
export const FIELD_DISCLOSED_AS = {
  day: 'day',
  hour: 'day',
  locality: 'place',
  channel: 'channel',
  source: 'source',
  version: 'version',
} as const satisfies Record<Exclude<keyof Counter, 'event' | 'param' | 'n'>, string>;

export type CountedLine = (typeof EVENT_DISCLOSED_AS)[CountEvent];
export type CountedWithLine = (typeof FIELD_DISCLOSED_AS)[keyof typeof FIELD_DISCLOSED_AS];

/** The privacy screen's lines, each once, in the vocabulary's order. */
export const COUNTED_LINES: readonly CountedLine[] = [...new Set(Object.values(EVENT_DISCLOSED_AS))];
export const COUNTED_WITH_LINES: readonly CountedWithLine[] = [...new Set(Object.values(FIELD_DISCLOSED_AS))];
