import { OUTCOME_KINDS, outcomeKind } from './outcome-kinds';
import {
  ACTIVATION_TUTORIAL,
  parsePeopleParam,
  VISIT_STEPS,
  type CountEvent,
  type PersonOutcome,
  type VolunteerOutcome,
} from './vocabulary';

/**
 * What the organizers' table shows per locality, channel and source tag: a few sums the campaign
 * plans report daily (people guided, activations), derived from events. Shared by the collector
 * (which keeps these sums per place) and the dashboard (which labels the columns).
 */
export const PLACE_METRICS = [
  'guided',
  'outcomes',
  'activation_started',
  'activation_finished',
  'stuck',
  'point_searches',
  'kiosk_sessions',
  'households',
  'households_activated',
  'links_opened',
  'screens',
  // The daily report (issue 19): every tutorial finished, and checker outcomes by kind.
  'tutorials_finished',
  ...OUTCOME_KINDS,
  // People within volunteers' household visits (issue 18, decision 0032): everyone counted, and those activated.
  'people',
  'people_activated',
] as const;
export type PlaceMetric = (typeof PLACE_METRICS)[number];

const ACTIVATED: readonly VolunteerOutcome[] = ['activated-level1', 'activated-level2'];
/** The people outcomes that count as "activated" (as the households' ACTIVATED). */
export const PEOPLE_ACTIVATED: readonly PersonOutcome[] = ['activated-level1', 'activated-level2'];

/** The metrics one counter adds to (most events feed one, volunteer activations two). */
export function metricsOf(event: CountEvent, param: string): PlaceMetric[] {
  switch (event) {
    case 'checker_start':
      return ['guided'];
    case 'checker_outcome':
      return ['outcomes', outcomeKind(param)];
    case 'tutorial_start':
      return param === ACTIVATION_TUTORIAL ? ['activation_started'] : [];
    case 'tutorial_finish':
      return param === ACTIVATION_TUTORIAL ? ['tutorials_finished', 'activation_finished'] : ['tutorials_finished'];
    case 'tutorial_stuck':
      return ['stuck'];
    case 'point_search':
      return ['point_searches'];
    case 'kiosk_session_start':
      return ['kiosk_sessions'];
    case 'volunteer_tally':
    case 'volunteer_tally_undone':
      return (ACTIVATED as readonly string[]).includes(param) ? ['households', 'households_activated'] : ['households'];
    case 'volunteer_people':
    case 'volunteer_people_undone': {
      const p = parsePeopleParam(param);
      if (!p) return [];
      return PEOPLE_ACTIVATED.includes(p.outcome) ? ['people', 'people_activated'] : ['people'];
    }
    case 'link_opened':
      return ['links_opened'];
    case 'screen_open':
      return ['screens'];
    default:
      return [];
  }
}

/**
 * The funnel from "checker started" to "activation tutorial finished" (phễu kích hoạt): people's
 * progress, each step counted at most once per visit and only after the step before it (the
 * device's `visit_progress` count, core/counts/visit-progress.ts), so no step passes 100%.
 */
export const FUNNEL = VISIT_STEPS.map((id) => ({ id, event: 'visit_progress' as const, param: id }));
export type FunnelStep = (typeof VISIT_STEPS)[number];

/**
 * +1, or -1 for an undo: a volunteer's undone tally takes back what the tally added to the
 * running sums. Readers never show a sum below zero (clampMetrics).
 */
export function metricSign(event: CountEvent): 1 | -1 {
  return event === 'volunteer_tally_undone' || event === 'volunteer_people_undone' ? -1 : 1;
}

/**
 * What one count of (event, param) adds to each of its metrics: the sign, times the people a
 * `volunteer_people` count stands for (`activated-level2/2` is 2 people per visit counted).
 * The one rule for ingest and for rebuilding the sums from the counters.
 */
export function metricWeight(event: CountEvent, param: string): number {
  const people = event === 'volunteer_people' || event === 'volunteer_people_undone' ? (parsePeopleParam(param)?.people ?? 0) : 1;
  return metricSign(event) * people;
}

/** A row of sums as shown: a sum below zero (an undo that arrived without its tally) reads 0. */
export function clampMetrics<T extends Partial<Record<PlaceMetric, number>>>(row: T): T {
  const out: Record<string, unknown> = { ...row };
  for (const m of PLACE_METRICS) if (typeof out[m] === 'number' && (out[m] as number) < 0) out[m] = 0;
  return out as T;
}

/** clampMetrics for a row nobody else holds (fresh from the database): changed in place, not copied. */
export function clampMetricsInPlace<T extends Partial<Record<PlaceMetric, number>>>(row: T): T {
  const r = row as Record<string, unknown>;
  for (const m of PLACE_METRICS) if ((r[m] as number) < 0) r[m] = 0;
  return row;
}

/** Shares meant for outside the organizers' team hide counts under this (small-count suppression). */
export const SHARE_MIN_COUNT = 5;
