/**
 * The daily report groups the checker's outcomes (content/rules/*.yaml) into the few kinds a
 * steering committee asks about: who can act now, who must get a card or a SIM first, who is
 * already done or waiting, and the rest. An outcome id not listed here (a new rule not yet
 * classified) counts as "other": never lost, and test/unit/counts/outcome-kinds.test.ts fails
 * until it is listed.
 */
export const OUTCOME_KINDS = ['outcome_ready', 'outcome_prepare', 'outcome_done', 'outcome_other'] as const;
export type OutcomeKind = (typeof OUTCOME_KINDS)[number];

const KIND_OF: Readonly<Record<string, OutcomeKind>> = {
  // Can register or activate now (in the app, on a computer, or at the police with what they have).
  'level1-app': 'outcome_ready',
  'activate-now': 'outcome_ready',
  'activate-computer': 'outcome_ready',
  'upgrade-level2': 'outcome_ready',
  'level2-police': 'outcome_ready',
  'child-under6-account': 'outcome_ready',
  'child-own-account': 'outcome_ready',
  'child-parent-account': 'outcome_ready',
  // Must get something first: a chip card / Căn cước card, an own-name SIM.
  'card-first': 'outcome_prepare',
  'sim-first': 'outcome_prepare',
  'upgrade-sim-first': 'outcome_prepare',
  'child-under6-card-first': 'outcome_prepare',
  'child-card-first': 'outcome_prepare',
  // A barcode CCCD: must ask the police first, and may need the new card.
  'barcode-card-police': 'outcome_prepare',
  // Already has an account, or only waits for approval.
  'level2-active': 'outcome_done',
  'wait-approval': 'outcome_done',
  // Outside this guide.
  foreign: 'outcome_other',
};

export function outcomeKind(outcomeId: string): OutcomeKind {
  return Object.prototype.hasOwnProperty.call(KIND_OF, outcomeId) ? KIND_OF[outcomeId]! : 'outcome_other';
}

/** Whether the outcome id has its own kind (false: it falls into "other" by default). */
export function isClassifiedOutcome(outcomeId: string): boolean {
  return Object.prototype.hasOwnProperty.call(KIND_OF, outcomeId);
}
