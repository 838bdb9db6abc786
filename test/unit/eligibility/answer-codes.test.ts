import { describe, expect, it } from 'vitest';
import { allPaths } from '../../../src/core/eligibility/analysis';
import { decodeAnswers, encodeAnswers, encodeForLink } from '../../../src/core/eligibility/answer-codes';
import { usedAnswers, walk } from '../../../src/core/eligibility/flow';
import { DAY_NOW, RULESETS, rulesetOn } from './load-rulesets';

const r = rulesetOn(DAY_NOW);

describe('answers ⇄ link codes', () => {
  it('round-trips every route of every ruleset to the same outcome', () => {
    for (const ruleset of RULESETS) {
      for (const path of allPaths(ruleset)) {
        const code = encodeAnswers(ruleset, path.steps);
        const decoded = decodeAnswers(ruleset, code);
        expect(decoded.dropped, code).toEqual([]);
        expect(walk(ruleset, decoded.answers).next, code).toEqual(path.end);
      }
    }
  });

  it('is short and made only of letters, digits and dashes', () => {
    const longest = Math.max(...RULESETS.flatMap((ruleset) => allPaths(ruleset).map((p) => encodeAnswers(ruleset, p.steps).length)));
    expect(longest).toBeLessThanOrEqual(24);
    const code = encodeAnswers(
      r,
      walk(r, { nationality: 'vn', age: 'age14plus', status: 'never', card: 'canCuoc', sim: 'own', phone: 'nfc' }).steps,
    );
    expect(code).toBe('nv-a14-tn-cm-so-pn');
  });

  it('carries only the answers on the route: skipped ones are left out', () => {
    const progress = walk(r, { nationality: 'vn', age: 'age14plus', status: 'approved', card: 'none', sim: 'other', phone: 'none' });
    expect(Object.keys(usedAnswers(progress))).toEqual(['nationality', 'age', 'status', 'phone']);
    expect(encodeAnswers(r, progress.steps)).toBe('nv-a14-ta-px');
  });
});

describe('tolerant decoding', () => {
  it('reads nothing from an empty or missing link', () => {
    expect(decodeAnswers(r, null)).toEqual({ answers: {}, dropped: [] });
    expect(decodeAnswers(r, '  ')).toEqual({ answers: {}, dropped: [] });
  });

  it('forgives upper case and other separators (a link retyped from paper)', () => {
    expect(decodeAnswers(r, 'NV.A14 TA,PX').answers).toEqual({ nationality: 'vn', age: 'age14plus', status: 'approved', phone: 'none' });
  });

  it('keeps the valid answers and reports each one dropped, with its reason', () => {
    const { answers, dropped } = decodeAnswers(r, 'nv-a99-zq-tn-tw-%3Cb%3E');
    expect(answers).toEqual({ nationality: 'vn', status: 'never' });
    expect(dropped).toEqual([
      { text: 'a99', question: 'age', reason: 'unknown-answer' },
      { text: 'zq', reason: 'unknown-question' },
      { text: 'tw', question: 'status', reason: 'repeated' },
      { text: '?3cb?3e', reason: 'unreadable' },
    ]);
  });

  it('never echoes more than a few safe characters of a hostile piece', () => {
    const { dropped } = decodeAnswers(r, '<script>alert(1)</script>');
    for (const d of dropped) expect(d.text).toMatch(/^[a-z0-9?…]{1,8}$/);
  });

  it('reads only the start of an overlong link, and says so', () => {
    const { answers, dropped } = decodeAnswers(r, 'nv-a14-' + 'x'.repeat(500));
    expect(answers).toEqual({ nationality: 'vn', age: 'age14plus' });
    expect(dropped.some((d) => d.reason === 'unreadable')).toBe(true);
  });

  it('ends at the first question still open after dropping answers', () => {
    const { answers } = decodeAnswers(r, 'nv-a14-t9-cc');
    expect(walk(r, answers).next).toEqual({ kind: 'question', id: 'status' });
  });
});

describe('the link for a set of answers', () => {
  it('keeps an answer given ahead of its question until the route reaches it', () => {
    // The card's QR code gave the age and the card type before the status question.
    const answers = { nationality: 'vn', age: 'age14plus', card: 'chip' };
    expect(encodeForLink(r, answers)).toBe('nv-a14-cc');
    const then = walk(r, { ...decodeAnswers(r, encodeForLink(r, answers)).answers, status: 'never' });
    expect(then.next).toEqual({ kind: 'question', id: 'sim' });
  });

  it('drops the skipped answers once the outcome is decided', () => {
    expect(encodeForLink(r, { nationality: 'vn', age: 'age14plus', card: 'chip', status: 'level2' })).toBe('nv-a14-t2');
  });
});
