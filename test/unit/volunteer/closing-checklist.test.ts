import { describe, expect, it } from 'vitest';
import { CLOSING_CHECKS, checklistResult, hasClosingChecklist } from '../../../src/core/volunteer/closing-checklist';
import { isValidParam } from '../../../src/core/counts/vocabulary';
import { EVENT_DISCLOSED_AS } from '../../../src/core/counts/disclosure';

describe('the closing checklist of a home visit', () => {
  it('counts a visit as all ticked only when every item is ticked', () => {
    expect(checklistResult(CLOSING_CHECKS)).toBe('all-ticked');
    expect(checklistResult([])).toBe('not-all-ticked');
    for (const left of CLOSING_CHECKS) expect(checklistResult(CLOSING_CHECKS.filter((c) => c !== left)), left).toBe('not-all-ticked');
    // An id that is not an item does not stand in for one.
    expect(checklistResult([...CLOSING_CHECKS.slice(1), 'something-else'])).toBe('not-all-ticked');
  });

  it('asks the four things issue 15 names', () => {
    expect(CLOSING_CHECKS).toEqual(['own-phone', 'other-phone-logged-out', 'passcode-private', 'safety-card-left']);
  });

  it('has nothing to close when nobody was home', () => {
    expect(hasClosingChecklist('nobody-home')).toBe(false);
    expect(hasClosingChecklist('activated-level1')).toBe(true);
    expect(hasClosingChecklist('not-eligible')).toBe(true);
  });

  it('is a closed-vocabulary count, disclosed on the privacy screen', () => {
    expect(isValidParam('volunteer_checklist', 'all-ticked')).toBe(true);
    expect(isValidParam('volunteer_checklist', 'not-all-ticked')).toBe(true);
    expect(isValidParam('volunteer_checklist', 'own-phone')).toBe(false);
    expect(isValidParam('volunteer_checklist', undefined)).toBe(false);
    expect(EVENT_DISCLOSED_AS.volunteer_checklist).toBe('volunteerChecklist');
  });
});
