import type { Ruleset } from './types';

/**
 * The ruleset in force on a day (YYYY-MM-DD): the latest one whose validity covers it. Rules are
 * only ever added: a new decree is a new file with its own validFrom, and the old one gets a
 * validUntil. Undefined before the first decree (a date the guide has no rules for).
 */
export function rulesetInForce(rulesets: readonly Ruleset[], day: string): Ruleset | undefined {
  let best: Ruleset | undefined;
  for (const r of rulesets) {
    if (r.validFrom > day) continue;
    if (r.validUntil !== undefined && r.validUntil < day) continue;
    if (!best || r.validFrom > best.validFrom) best = r;
  }
  return best;
}

/** Vietnam has one time zone (UTC+7) and no daylight saving: "today" is the day there. */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + 7 * 3600_000).toISOString().slice(0, 10);
}
