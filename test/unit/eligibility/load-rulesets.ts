import { rulesCollection } from '../../../src/build/content/rules';
import { formatContentError } from '../../../src/build/content/errors';
import type { Ruleset } from '../../../src/core/eligibility/types';
import { rulesetInForce } from '../../../src/core/eligibility/ruleset-in-force';

/**
 * The real content/rules, compiled by the rules collection alone (so a half-written file of
 * another collection cannot break these tests), read back from the generated module.
 */
export function loadRulesets(root = process.cwd()): Ruleset[] {
  const out = rulesCollection.compile(root);
  if (out.errors.length) throw new Error(out.errors.map(formatContentError).join('\n'));
  const code = out.modules.rules ?? '';
  const literal = /JSON\.parse\((".*")\);\s*$/s.exec(code)?.[1];
  if (!literal) throw new Error('unexpected module shape');
  return JSON.parse(JSON.parse(literal) as string) as Ruleset[];
}

export const RULESETS = loadRulesets();

export function rulesetOn(day: string): Ruleset {
  const r = rulesetInForce(RULESETS, day);
  if (!r) throw new Error(`no ruleset on ${day}`);
  return r;
}

/** Days the tests pin: inside the 2023 campaigns, and the day these rules were last checked. */
export const DAY_2023 = '2023-08-01';
export const DAY_NOW = '2026-11-22';
