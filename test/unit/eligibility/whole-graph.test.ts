import { describe, expect, it } from 'vitest';
import { checkFlow, everyCombination } from '../../../src/core/eligibility/analysis';
import { resultOf, walk } from '../../../src/core/eligibility/flow';
import vi from '../../../content/locales/vi/checker.json';
import { RULESETS } from './load-rulesets';

describe.each(RULESETS.map((r) => [r.id, r] as const))('%s as a whole', (_, ruleset) => {
  // checkFlow also reports every question and outcome no path reaches (analysis.test.ts breaks it on purpose).
  it('has no flow problem: no dead end, loop, unreachable part or pointless question', () => {
    expect(checkFlow(ruleset)).toEqual([]);
  });

  it('gives an outcome for every combination of answers, asked or not', () => {
    let count = 0;
    for (const answers of everyCombination(ruleset)) {
      count++;
      const progress = walk(ruleset, answers);
      expect(progress.next.kind, JSON.stringify(answers)).toBe('outcome');
      expect(resultOf(ruleset, progress), JSON.stringify(answers)).toBeDefined();
    }
    const expected = Object.values(ruleset.questions).reduce((n, q) => n * q.options.length, 1);
    expect(count).toBe(expected);
  });

  it('links every outcome somewhere (a tutorial, a place, or at least a next step)', () => {
    for (const o of Object.values(ruleset.outcomes)) {
      expect(o.tutorials.length + (o.place ? 1 : 0) + o.then.length, o.id).toBeGreaterThan(0);
    }
  });

  it('has Vietnamese wording for every question and answer', () => {
    const q = (vi as { q: Record<string, { title?: string; short?: string; options?: Record<string, string> }> }).q;
    for (const question of Object.values(ruleset.questions)) {
      expect(q[question.id]?.title, question.id).toBeTruthy();
      expect(q[question.id]?.short, question.id).toBeTruthy();
      for (const opt of question.options) expect(q[question.id]?.options?.[opt.id], `${question.id}.${opt.id}`).toBeTruthy();
    }
  });
});
