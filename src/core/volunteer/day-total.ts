import { ACTIVATED_OUTCOMES, isTallyBlocker, isVolunteerOutcome, type Tally, type TallyBlocker, type VolunteerOutcome } from './tally';

/**
 * One day's tallies on the volunteer's phone (tổng hôm nay): how many of each outcome and blocker.
 * Sums per day only, so the phone never holds when or where a household was visited.
 */
export interface DayTotal {
  /** YYYY-MM-DD, the phone's local day. */
  day: string;
  outcomes: Partial<Record<VolunteerOutcome, number>>;
  blockers: Partial<Record<TallyBlocker, number>>;
}

export function emptyDay(day: string): DayTotal {
  return { day, outcomes: {}, blockers: {} };
}

export function addTally(total: DayTotal, tally: Tally): DayTotal {
  const outcomes = { ...total.outcomes, [tally.outcome]: (total.outcomes[tally.outcome] ?? 0) + 1 };
  const blockers = tally.blocker ? { ...total.blockers, [tally.blocker]: (total.blockers[tally.blocker] ?? 0) + 1 } : total.blockers;
  return { day: total.day, outcomes, blockers };
}

/** "12 hộ, 7 đã kích hoạt": households visited (nobody home included, as the campaign reports count doors) and accounts activated. */
export interface DaySummary {
  households: number;
  activated: number;
  nobodyHome: number;
}

export function summarize(total: DayTotal): DaySummary {
  let households = 0;
  let activated = 0;
  for (const [outcome, n] of Object.entries(total.outcomes) as [VolunteerOutcome, number][]) {
    households += n;
    if (ACTIVATED_OUTCOMES.includes(outcome)) activated += n;
  }
  return { households, activated, nobodyHome: total.outcomes['nobody-home'] ?? 0 };
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
  return { day: v.day, outcomes, blockers };
}

/** Days kept on the phone: a week of reports, then they go (the collector has the counts). */
export const DAYS_KEPT = 7;
