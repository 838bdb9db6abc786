import { CAN_CUOC_FROM, type CardType } from '../card-qr/parse-card-qr';
import { AGE_BANDS } from './age-band';
import type { Ruleset } from './types';

/**
 * Question ids the checker's screens answer themselves, besides the buttons every question has:
 * the birth-date form answers `age` with an age band; the card QR reader answers `age` and `card`.
 * Rulesets are content, so the build checks each one against this list (a renamed node or answer
 * would silently switch those features off).
 */
export const AGE_NODE = 'age';
export const CARD_NODE = 'card';

interface ScreenNode {
  id: string;
  /** Answers the screens produce; `from`: only needed by rulesets still in force on that day. */
  options: readonly { id: string; from?: string }[];
  /** Every answer of the question must be one of `options` (nothing the screens cannot produce). */
  exact: boolean;
  usedBy: string;
}

const CARD_TYPES: readonly { id: CardType; from?: string }[] = [{ id: 'chip' }, { id: 'canCuoc', from: CAN_CUOC_FROM }];

export const SCREEN_NODES: readonly ScreenNode[] = [
  {
    id: AGE_NODE,
    options: AGE_BANDS.map((id) => ({ id })),
    exact: true,
    usedBy: 'the birth-date form and the card QR reader (src/app/screens/checker)',
  },
  { id: CARD_NODE, options: CARD_TYPES, exact: false, usedBy: 'the card QR reader (src/app/screens/checker)' },
];

export type ScreenNodeProblem =
  | { kind: 'missing-question'; node: string; usedBy: string }
  | { kind: 'missing-answer'; node: string; option: string; usedBy: string }
  | { kind: 'extra-answer'; node: string; option: string; usedBy: string };

/** What in a ruleset breaks the screens' own answers (none when the ruleset fits them). */
export function screenNodeProblems(ruleset: Pick<Ruleset, 'questions' | 'validUntil'>): ScreenNodeProblem[] {
  const problems: ScreenNodeProblem[] = [];
  for (const node of SCREEN_NODES) {
    const q = ruleset.questions[node.id];
    if (!q) {
      problems.push({ kind: 'missing-question', node: node.id, usedBy: node.usedBy });
      continue;
    }
    const have = q.options.map((o) => o.id);
    for (const opt of node.options) {
      const needed = opt.from === undefined || ruleset.validUntil === undefined || ruleset.validUntil >= opt.from;
      if (needed && !have.includes(opt.id)) problems.push({ kind: 'missing-answer', node: node.id, option: opt.id, usedBy: node.usedBy });
    }
    if (node.exact)
      for (const id of have)
        if (!node.options.some((o) => o.id === id)) problems.push({ kind: 'extra-answer', node: node.id, option: id, usedBy: node.usedBy });
  }
  return problems;
}
