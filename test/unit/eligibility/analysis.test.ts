import { describe, expect, it } from 'vitest';
import { checkFlow } from '../../../src/core/eligibility/analysis';
import { walk } from '../../../src/core/eligibility/flow';
import type { Outcome, Question, Rule, Ruleset } from '../../../src/core/eligibility/types';

/** A tiny ruleset: questions a (yes/no) and b (yes/no), outcomes x and y. */
function ruleset(next: Record<string, Rule[]>, outcomes = ['x', 'y']): Ruleset {
  const question = (id: string): Question => ({
    id,
    code: id,
    options: [
      { id: 'yes', code: 'y' },
      { id: 'no', code: 'n' },
    ],
    next: next[id] ?? [],
  });
  const outcome = (id: string): Outcome => ({
    id,
    title: { vi: id },
    why: { vi: id },
    source: 's',
    lastChecked: '2026-01-01',
    blockers: [],
    bring: [],
    then: [],
    tutorials: [],
  });
  return {
    id: 't',
    name: { vi: 't' },
    legalBasis: { vi: 't' },
    source: 's',
    validFrom: '2024-01-01',
    lastChecked: '2026-01-01',
    start: 'a',
    questions: Object.fromEntries(Object.keys(next).map((id) => [id, question(id)])),
    outcomes: Object.fromEntries(outcomes.map((id) => [id, outcome(id)])),
    blockers: {},
    bring: {},
  };
}
const to = (kind: 'question' | 'outcome', id: string) => ({ kind, id }) as const;

describe('flow checks catch broken rules', () => {
  it('accepts a sound graph', () => {
    const r = ruleset({
      a: [{ when: { a: ['yes'] }, to: to('outcome', 'x') }, { to: to('question', 'b') }],
      b: [{ when: { b: ['yes'] }, to: to('outcome', 'x') }, { to: to('outcome', 'y') }],
    });
    expect(checkFlow(r)).toEqual([]);
  });

  it('finds a dead end (an answer no rule covers)', () => {
    const r = ruleset({ a: [{ when: { a: ['yes'] }, to: to('outcome', 'x') }] }, ['x']);
    expect(checkFlow(r)).toEqual([{ kind: 'dead-end', question: 'a', answers: { a: 'no' } }]);
    expect(walk(r, { a: 'no' }).next).toEqual({ kind: 'dead-end', id: 'a' });
  });

  it('finds a loop', () => {
    const r = ruleset({
      a: [{ when: { a: ['yes'] }, to: to('outcome', 'x') }, { to: to('question', 'b') }],
      b: [{ when: { b: ['yes'] }, to: to('outcome', 'y') }, { to: to('question', 'a') }],
    });
    expect(checkFlow(r).map((p) => p.kind)).toEqual(['loop']);
    expect(walk(r, { a: 'no', b: 'no' }).next.kind).toBe('dead-end');
  });

  it('finds unreachable questions and outcomes', () => {
    const r = ruleset(
      { a: [{ when: { a: ['yes'] }, to: to('outcome', 'x') }, { to: to('outcome', 'y') }], b: [{ to: to('outcome', 'x') }] },
      ['x', 'y', 'z'],
    );
    expect(checkFlow(r)).toEqual([
      { kind: 'unreachable-question', question: 'b' },
      { kind: 'unreachable-outcome', outcome: 'z' },
    ]);
  });

  it('finds a rule reading an answer not given on the route', () => {
    const r = ruleset({
      a: [{ when: { b: ['yes'] }, to: to('outcome', 'x') }, { to: to('question', 'b') }],
      b: [{ when: { b: ['yes'] }, to: to('outcome', 'x') }, { to: to('outcome', 'y') }],
    });
    expect(checkFlow(r).map((p) => p.kind)).toContain('unasked-condition');
  });

  it('finds a question whose answer changes nothing', () => {
    const r = ruleset({
      a: [{ when: { a: ['yes'] }, to: to('outcome', 'x') }, { to: to('question', 'b') }],
      b: [{ to: to('outcome', 'y') }],
    });
    expect(checkFlow(r)).toEqual([{ kind: 'pointless-question', question: 'b', answers: { a: 'no' } }]);
  });

  it('finds a question that only changes what comes after it, never the outcome', () => {
    // b leads to c on one answer and straight to y on the other, but c ends in y too.
    const r = ruleset({
      a: [{ when: { a: ['yes'] }, to: to('outcome', 'x') }, { to: to('question', 'b') }],
      b: [{ when: { b: ['yes'] }, to: to('question', 'c') }, { to: to('outcome', 'y') }],
      c: [{ to: to('outcome', 'y') }],
    });
    const kinds = checkFlow(r).map((p) => `${p.kind}:${'question' in p ? p.question : ''}`);
    expect(kinds).toEqual(['pointless-question:b', 'pointless-question:c']);
  });

  it('finds a question whose answer only changes the blockers (issue 18: the SIM after an old card)', () => {
    const r = ruleset({
      a: [{ when: { a: ['yes'] }, to: to('outcome', 'x') }, { to: to('question', 'b') }],
      b: [{ to: to('outcome', 'y') }],
    });
    const withBlocker: Ruleset = {
      ...r,
      outcomes: { ...r.outcomes, y: { ...r.outcomes.y!, blockers: ['sim'] } },
      blockers: {
        sim: {
          id: 'sim',
          when: { b: ['no'] },
          title: { vi: 's' },
          clear: { vi: 's' },
          source: 's',
          lastChecked: '2026-01-01',
          tutorials: [],
        },
      },
    };
    expect(checkFlow(withBlocker).map((p) => p.kind)).toEqual(['pointless-question']);
  });

  it('finds a blocker whose condition holds on no route to its outcome', () => {
    const r = ruleset({
      a: [{ when: { a: ['yes'] }, to: to('outcome', 'x') }, { to: to('question', 'b') }],
      b: [{ when: { b: ['yes'] }, to: to('outcome', 'x') }, { to: to('outcome', 'y') }],
    });
    const withBlocker: Ruleset = {
      ...r,
      outcomes: { ...r.outcomes, y: { ...r.outcomes.y!, blockers: ['b-yes'] } },
      blockers: {
        'b-yes': {
          id: 'b-yes',
          when: { b: ['yes'] },
          title: { vi: 's' },
          clear: { vi: 's' },
          source: 's',
          lastChecked: '2026-01-01',
          tutorials: [],
        },
      },
    };
    expect(checkFlow(withBlocker)).toEqual([{ kind: 'blocker-never-shown', outcome: 'y', blocker: 'b-yes' }]);
  });
});
