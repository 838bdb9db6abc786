import { resultOf, walk } from '../eligibility/flow';
import { decodeAnswers } from '../eligibility/answer-codes';
import type { BringItem, Outcome, Ruleset } from '../eligibility/types';

/**
 * The "bring this" slip (giấy nhắc mang theo): from a checker result, or from a registration point,
 * one A6 page with what to bring, what will not be accepted, where and when, and the hotline. It is
 * built from categorical data only (answer codes, an outcome id, a point id): no name, number or
 * address of the person can ever be on it.
 */
export type NotAcceptedId = 'expired-card' | 'cmnd' | 'photocopies' | 'other-sim';

/**
 * What will be refused, by the bring item it goes with: a chip card brought for level 2 must be
 * valid; the old 9-digit CMND is no longer an identity paper; documents to add to the account must
 * be originals; the phone number must be in the person's own name. Sources in content/locales/<lang>/slip.json.
 */
export const NOT_ACCEPTED_BY_BRING: Readonly<Record<string, readonly NotAcceptedId[]>> = {
  card: ['expired-card', 'cmnd'],
  'barcode-card': ['expired-card', 'cmnd'],
  'child-card': ['expired-card'],
  'phone-own-sim': ['other-sim'],
  documents: ['photocopies'],
};

/** Where a slip from a point (no answers) sends the person: level 2 at the police, the common case. */
export const POINT_SLIP_OUTCOME = 'level2-police';

export interface Slip {
  outcome: Outcome;
  bring: BringItem[];
  notAccepted: NotAcceptedId[];
}

export interface SlipQuery {
  /** Checker answer codes, `?a=`. */
  answers?: string | null;
  /** An outcome id, `?kq=`, used when the answers do not reach one (a slip made from a point). */
  outcome?: string | null;
}

/** The slip for a query, or undefined when neither the answers nor the outcome id lead anywhere. */
export function slipFor(ruleset: Ruleset, query: SlipQuery): Slip | undefined {
  const decided = query.answers ? resultOf(ruleset, walk(ruleset, decodeAnswers(ruleset, query.answers).answers)) : undefined;
  const outcome = decided?.outcome ?? (query.outcome ? ruleset.outcomes[query.outcome] : undefined);
  if (!outcome) return undefined;
  const bring = decided ? decided.bring : outcome.bring.flatMap((id) => (ruleset.bring[id] ? [ruleset.bring[id]] : []));
  const notAccepted: NotAcceptedId[] = [];
  for (const item of bring) for (const id of NOT_ACCEPTED_BY_BRING[item.id] ?? []) if (!notAccepted.includes(id)) notAccepted.push(id);
  return { outcome, bring: [...bring], notAccepted };
}
