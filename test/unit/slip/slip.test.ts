import { describe, expect, it } from 'vitest';
import { NOT_ACCEPTED_BY_BRING, POINT_SLIP_OUTCOME, slipFor } from '../../../src/core/slip/slip';
import { DAY_NOW, RULESETS, rulesetOn } from '../eligibility/load-rulesets';

describe('the "bring this" slip', () => {
  const ruleset = rulesetOn(DAY_NOW);

  it("from a result: the outcome's bring list, and what is refused with each item", () => {
    const slip = slipFor(ruleset, { answers: 'nv-a14-tn-cc-so-px' });
    expect(slip?.outcome.id).toBe('level2-police');
    expect(slip?.bring.map((b) => b.id)).toEqual(['card', 'phone-own-sim', 'documents']);
    expect(slip?.notAccepted).toEqual(['expired-card', 'cmnd', 'other-sim', 'photocopies']);
  });

  it('documents to add bring the "originals, not photocopies" line', () => {
    const slip = slipFor(ruleset, { answers: 'nv-a14-t1-cc-so' });
    expect(slip?.outcome.id).toBe('upgrade-level2');
    expect(slip?.notAccepted).toContain('photocopies');
  });

  it('from a point (no answers): the outcome named in the link', () => {
    const slip = slipFor(ruleset, { outcome: POINT_SLIP_OUTCOME });
    expect(slip?.outcome.id).toBe('level2-police');
    expect(slip?.bring.length).toBeGreaterThan(0);
  });

  it('answers that reach no outcome and no outcome id: no slip, rather than a guess', () => {
    expect(slipFor(ruleset, { answers: 'nv' })).toBeUndefined();
    expect(slipFor(ruleset, { answers: 'zz' })).toBeUndefined();
    expect(slipFor(ruleset, { outcome: 'no-such-outcome' })).toBeUndefined();
  });

  it('every bring item named in the refusal table exists in the rules in force', () => {
    const current = RULESETS[RULESETS.length - 1]!;
    for (const id of Object.keys(NOT_ACCEPTED_BY_BRING)) expect(current.bring[id], id).toBeDefined();
  });
});
