import { describe, expect, it } from 'vitest';
import { decodeAnswers } from '../../../src/core/eligibility/answer-codes';
import { walk } from '../../../src/core/eligibility/flow';
import { rulesetInForce, todayInVietnam } from '../../../src/core/eligibility/ruleset-in-force';
import { DAY_2023, DAY_NOW, RULESETS, rulesetOn } from './load-rulesets';

describe('ruleset in force', () => {
  it('switches from Decree 59 to Decree 69 on 1 July 2024', () => {
    expect(rulesetInForce(RULESETS, '2024-06-30')?.id).toBe('decree-59-2022');
    expect(rulesetInForce(RULESETS, '2024-07-01')?.id).toBe('decree-69-2024');
  });

  it('has no rules before Decree 59 took effect', () => {
    expect(rulesetInForce(RULESETS, '2022-10-19')).toBeUndefined();
    expect(rulesetInForce(RULESETS, '2022-10-20')?.id).toBe('decree-59-2022');
  });

  it('keeps Decree 69 for any later day until a new file says otherwise', () => {
    expect(rulesetInForce(RULESETS, '2030-01-01')?.id).toBe('decree-69-2024');
  });

  it('takes "today" in Vietnam (UTC+7), not UTC', () => {
    expect(todayInVietnam(new Date('2024-06-30T17:30:00Z'))).toBe('2024-07-01');
    expect(todayInVietnam(new Date('2024-06-30T16:59:00Z'))).toBe('2024-06-30');
  });
});

describe('the same 10-year-old, before and after 1 July 2024', () => {
  const child = { nationality: 'vn', age: 'age6to13', card: 'none' };

  it("on 2023-08-01 uses a parent's account (Decree 59): no card question", () => {
    const progress = walk(rulesetOn(DAY_2023), child);
    expect(progress.next).toEqual({ kind: 'outcome', id: 'child-parent-account' });
    expect(progress.steps.map((s) => s.question)).toEqual(['nationality', 'age']);
  });

  it('on 2026-11-22 needs a Căn cước card first (Decree 69)', () => {
    const progress = walk(rulesetOn(DAY_NOW), child);
    expect(progress.next).toEqual({ kind: 'outcome', id: 'child-card-first' });
    expect(progress.steps.map((s) => s.question)).toEqual(['nationality', 'age', 'card']);
  });

  it('with a Căn cước card: own account today; the 2023 rules drop the card answer, which did not exist', () => {
    const link = 'nv-a6-cm';
    const today = decodeAnswers(rulesetOn(DAY_NOW), link);
    expect(walk(rulesetOn(DAY_NOW), today.answers).next).toEqual({ kind: 'outcome', id: 'child-own-account' });
    const then = decodeAnswers(rulesetOn(DAY_2023), link);
    expect(then.dropped).toEqual([{ text: 'cm', question: 'card', reason: 'unknown-answer' }]);
    expect(walk(rulesetOn(DAY_2023), then.answers).next).toEqual({ kind: 'outcome', id: 'child-parent-account' });
  });
});
