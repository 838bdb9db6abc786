import type { VolunteerTally } from '../counts/vocabulary';
import {
  ACTIVATED_OUTCOMES,
  isTallyBlocker,
  isVolunteerOutcome,
  makeTally,
  type Tally,
  type TallyBlocker,
  type VolunteerOutcome,
} from './tally';
import { addPeople, peopleActivated, peopleTotal, readPeople, type PeopleCounts } from './people';

/**
 * One day's tallies on the volunteer's phone (tổng hôm nay): how many of each outcome and blocker.
 * Sums per day only, so the phone never holds when or where a household was visited.
 */
export interface DayTotal {
  /** YYYY-MM-DD, the phone's local day. */
  day: string;
  outcomes: Partial<Record<VolunteerOutcome, number>>;
  blockers: Partial<Record<TallyBlocker, number>>;
  /** People within today's visits by outcome (absent on days from before people were counted). */
  people?: PeopleCounts;
  /** Today's last tallies, newest last (at most UNDO_KEPT): what "undo" can take back, today only. */
  recent?: Tally[];
}

/** How many of today's last tallies can be undone, one after the other. */
export const UNDO_KEPT = 5;

export function emptyDay(day: string): DayTotal {
  return { day, outcomes: {}, blockers: {} };
}

export function addTally(total: DayTotal, tally: Tally): DayTotal {
  const outcomes = { ...total.outcomes, [tally.outcome]: (total.outcomes[tally.outcome] ?? 0) + 1 };
  const blockers = tally.blocker ? { ...total.blockers, [tally.blocker]: (total.blockers[tally.blocker] ?? 0) + 1 } : total.blockers;
  const recent = [...(total.recent ?? []), tally].slice(-UNDO_KEPT);
  const people = addPeople(total.people ?? {}, tally.people ?? {}, 1);
  return { day: total.day, outcomes, blockers, ...(peopleTotal(people) ? { people } : {}), recent };
}

const less = <K extends string>(counts: Partial<Record<K, number>>, key: K): Partial<Record<K, number>> => {
  const next = { ...counts };
  const n = (next[key] ?? 0) - 1;
  if (n > 0) next[key] = n;
  else delete next[key];
  return next;
};

/**
 * Takes back the last tally of the day (a mis-tap), with the people counted in it, or null when
 * there is none left to undo. Nothing goes below zero: only a tally this day holds can be taken back.
 */
export function undoLastTally(total: DayTotal): { total: DayTotal; undone: Tally } | null {
  const recent = total.recent ?? [];
  const undone = recent[recent.length - 1];
  if (!undone || !total.outcomes[undone.outcome]) return null;
  const outcomes = less(total.outcomes, undone.outcome);
  const blockers = undone.blocker && total.blockers[undone.blocker] ? less(total.blockers, undone.blocker) : total.blockers;
  const people = addPeople(total.people ?? {}, undone.people ?? {}, -1);
  return { total: { day: total.day, outcomes, blockers, ...(peopleTotal(people) ? { people } : {}), recent: recent.slice(0, -1) }, undone };
}

/** A tally as its count's parameter: the outcome, with its blocker for "not eligible yet". */
export function tallyParam(tally: Tally): VolunteerTally {
  return tally.blocker ? `not-eligible/${tally.blocker}` : tally.outcome;
}

/** "12 hộ, 7 đã kích hoạt": households visited (nobody home included, as the campaign reports count doors) and accounts activated. */
export interface DaySummary {
  households: number;
  activated: number;
  nobodyHome: number;
  /** People within the households (those counted), and of them activated. */
  people: number;
  peopleActivated: number;
}

export function summarize(total: DayTotal): DaySummary {
  let households = 0;
  let activated = 0;
  for (const [outcome, n] of Object.entries(total.outcomes) as [VolunteerOutcome, number][]) {
    households += n;
    if (ACTIVATED_OUTCOMES.includes(outcome)) activated += n;
  }
  const people = total.people ?? {};
  return {
    households,
    activated,
    nobodyHome: total.outcomes['nobody-home'] ?? 0,
    people: peopleTotal(people),
    peopleActivated: peopleActivated(people),
  };
}

/** A stored day read back: anything that is not a well-formed DayTotal is dropped, not trusted. */
export function readDayTotal(value: unknown): DayTotal | null {
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.day !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v.day)) return null;
  const count = (n: unknown) => typeof n === 'number' && Number.isInteger(n) && n > 0;
  const outcomes: DayTotal['outcomes'] = {};
  const blockers: DayTotal['blockers'] = {};
  for (const [k, n] of Object.entries((v.outcomes as object | null) ?? {}))
    if (isVolunteerOutcome(k) && count(n)) outcomes[k] = n as number;
  for (const [k, n] of Object.entries((v.blockers as object | null) ?? {})) if (isTallyBlocker(k) && count(n)) blockers[k] = n as number;
  const recent: Tally[] = [];
  for (const r of Array.isArray(v.recent) ? (v.recent as unknown[]).slice(-UNDO_KEPT) : []) {
    const t = r && typeof r === 'object' ? makeTally((r as Tally).outcome, (r as Tally).blocker, (r as Tally).people) : 'noOutcome';
    if (typeof t !== 'string') recent.push(t);
  }
  const people = readPeople(v.people, false);
  return {
    day: v.day,
    outcomes,
    blockers,
    ...(peopleTotal(people) ? { people } : {}),
    ...(recent.length ? { recent } : {}),
  };
}

/** Days kept on the phone: a week of reports, then they go (the collector has the counts). */
export const DAYS_KEPT = 7;
