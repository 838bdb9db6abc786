import { describe, expect, it } from 'vitest';
import { isClassifiedOutcome, outcomeKind } from '../../../src/core/counts/outcome-kinds';
import { RULESETS } from '../eligibility/load-rulesets';

describe('outcome kinds of the daily report', () => {
  it('classifies every outcome the real rules can give', () => {
    const ids = new Set(RULESETS.flatMap((r) => Object.keys(r.outcomes)));
    expect(ids.size).toBeGreaterThan(10);
    const unclassified = [...ids].filter((id) => !isClassifiedOutcome(id));
    expect(unclassified).toEqual([]);
  });

  it('puts an unknown outcome under "other" so it is still counted', () => {
    expect(outcomeKind('activate-now')).toBe('outcome_ready');
    expect(outcomeKind('card-first')).toBe('outcome_prepare');
    expect(outcomeKind('wait-approval')).toBe('outcome_done');
    expect(outcomeKind('something-new')).toBe('outcome_other');
    expect(outcomeKind('constructor')).toBe('outcome_other');
  });
});
