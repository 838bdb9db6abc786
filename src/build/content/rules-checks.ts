import type { BringItem, Blocker, Outcome, Question } from '../../core/eligibility/types';
import { describeFound } from './errors';
import type { FileReport } from './report';

/** Checks across the parts of one ruleset file, once each part has been read. */

/** Same-ruleset uniqueness of link codes: two answers with one code would make links ambiguous. */
export function checkCodes(r: FileReport, questions: Record<string, Question>): void {
  const byCode = new Map<string, string>();
  for (const q of Object.values(questions)) {
    const other = byCode.get(q.code);
    if (other)
      r.error(
        ['questions', q.id, 'code'],
        `questions.${q.id}.code`,
        `"${q.code}", already the code of ${other}`,
        'a letter no other question uses',
      );
    else byCode.set(q.code, q.id);
    const seen = new Map<string, string>();
    for (const opt of q.options) {
      const prev = seen.get(opt.code);
      if (prev)
        r.error(
          ['questions', q.id, 'options', opt.id],
          `questions.${q.id}.options.${opt.id}`,
          `"${opt.code}", already the code of ${prev}`,
          'a code no other answer of this question uses',
        );
      else seen.set(opt.code, opt.id);
    }
  }
}

export function checkTargets(r: FileReport, questions: Record<string, Question>, outcomes: Record<string, Outcome>): void {
  for (const q of Object.values(questions)) {
    q.next.forEach((rule, i) => {
      const known = rule.to.kind === 'question' ? questions : outcomes;
      if (!known[rule.to.id]) {
        r.error(
          ['questions', q.id, 'next', i, rule.to.kind],
          `questions.${q.id}.next[${i}].${rule.to.kind}`,
          describeFound(rule.to.id),
          `one of the ${rule.to.kind}s defined in this file: ${Object.keys(known).join(', ')}`,
        );
      }
    });
  }
}

/** A blocker or item nobody lists is usually a typo in a list: say so rather than ship dead text. */
export function checkUsed(
  r: FileReport,
  outcomes: Record<string, Outcome>,
  blockers: Record<string, Blocker>,
  bring: Record<string, BringItem>,
): void {
  const usedBlockers = new Set(Object.values(outcomes).flatMap((o) => o.blockers));
  const usedItems = new Set(Object.values(outcomes).flatMap((o) => o.bring));
  for (const id of Object.keys(blockers))
    if (!usedBlockers.has(id))
      r.error(['blockers', id], `blockers.${id}`, 'a blocker no outcome lists', "its id in some outcome's blockers, or remove it");
  for (const id of Object.keys(bring))
    if (!usedItems.has(id))
      r.error(['bring', id], `bring.${id}`, 'an item no outcome lists', "its id in some outcome's bring, or remove it");
}
