import { CHECKLIST_RESULTS, type ChecklistResult } from '../counts/vocabulary';

export { CHECKLIST_RESULTS, type ChecklistResult };

/**
 * The volunteer's closing checklist before leaving a household (issue 15), after someone helped
 * with the account: the citizen's own phone was used; any borrowed or volunteer phone is logged
 * out and unlinked; the passcode is known only to the citizen and not written down; the safety
 * card is left behind. Only whether every item was ticked is counted, never which or for whom.
 */
export const CLOSING_CHECKS = ['own-phone', 'other-phone-logged-out', 'passcode-private', 'safety-card-left'] as const;
export type ClosingCheck = (typeof CLOSING_CHECKS)[number];

/** "all-ticked" when every item of the checklist is ticked (unknown ids do not count as items). */
export function checklistResult(ticked: Iterable<string>): ChecklistResult {
  const set = new Set(ticked);
  return CLOSING_CHECKS.every((c) => set.has(c)) ? 'all-ticked' : 'not-all-ticked';
}

/** A visit where nobody was home has nothing to close: no checklist is shown nor counted. */
export function hasClosingChecklist(outcome: string | null | undefined): boolean {
  return outcome !== 'nobody-home';
}
