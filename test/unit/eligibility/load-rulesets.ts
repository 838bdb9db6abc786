import { compiledRulesets } from '../../../src/build/content/rules-compiled';
import type { Ruleset } from '../../../src/core/eligibility/types';
import { rulesetInForce } from '../../../src/core/eligibility/ruleset-in-force';

/**
 * The real content/rules, compiled by the rules collection alone (so a half-written file of
 * another collection cannot break these tests), read back from the generated module.
 */
export const loadRulesets = compiledRulesets;

export const RULESETS = loadRulesets();

export function rulesetOn(day: string): Ruleset {
  const r = rulesetInForce(RULESETS, day);
  if (!r) throw new Error(`no ruleset on ${day}`);
  return r;
}

/** Days the tests pin: inside the 2023 campaigns, and the day these rules were last checked. */
export const DAY_2023 = '2023-08-01';
export const DAY_NOW = '2026-11-22';
