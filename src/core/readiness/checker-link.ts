import type { KnownAnswers } from './verdict';

/**
 * The checker's link codes for the two questions the readiness check can answer (`phone` and
 * `sim`). Link codes are stable across rulesets by rule (content/rules/*.yaml header), so they can
 * be named here without loading the rules; a unit test holds them against every compiled ruleset.
 */
export const CHECKER_CODES = {
  phone: { question: 'p', options: { nfc: 'n', android: 'a', iphone: 'i' } },
  sim: { question: 's', options: { own: 'o', other: 'k', unknown: 'u' } },
} as const;

/** `?a=` for the checker with what is already known: the checker then skips those questions. */
export function knownAnswersParam(known: KnownAnswers): string {
  const parts: string[] = [];
  if (known.phone) parts.push(CHECKER_CODES.phone.question + CHECKER_CODES.phone.options[known.phone]);
  if (known.sim) parts.push(CHECKER_CODES.sim.question + CHECKER_CODES.sim.options[known.sim]);
  return parts.join('-');
}
