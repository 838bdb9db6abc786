import type { Answers, BringItem, Blocker, Condition, NodeId, OptionId, Outcome, Question, Ruleset, Target } from './types';

/** One answered question on the way to the outcome, in the order asked. */
export interface Step {
  question: NodeId;
  answer: OptionId;
}

/**
 * Where a set of answers leads. `next` is the question to ask now, or the outcome once every
 * question that matters is answered. `dead-end` only happens with broken rules (the content build
 * refuses them); the screen still shows something rather than a blank page.
 */
export interface Progress {
  steps: Step[];
  next: Target | { kind: 'dead-end'; id: NodeId };
}

export function holds(condition: Condition | undefined, answers: Answers): boolean {
  if (!condition) return true;
  return Object.entries(condition).every(([node, allowed]) => {
    const answer = answers[node];
    return answer !== undefined && allowed.includes(answer);
  });
}

export function isOption(question: Question, answer: OptionId | undefined): answer is OptionId {
  return answer !== undefined && question.options.some((o) => o.id === answer);
}

/** The target of the first rule of `question` that holds, given the answers so far. */
export function route(question: Question, answers: Answers): Target | undefined {
  return question.next.find((rule) => holds(rule.when, answers))?.to;
}

/**
 * Walks the question graph from the start. A question is asked only when the route reaches it,
 * so whatever earlier answers already decided is skipped. Answers to questions off the route are
 * ignored (they are left out of shared links).
 */
export function walk(ruleset: Ruleset, answers: Answers): Progress {
  const steps: Step[] = [];
  const onPath: Record<NodeId, OptionId> = {};
  let id = ruleset.start;
  for (;;) {
    const question = ruleset.questions[id];
    if (!question || id in onPath) return { steps, next: { kind: 'dead-end', id } };
    const answer = answers[id];
    if (!isOption(question, answer)) return { steps, next: { kind: 'question', id } };
    steps.push({ question: id, answer });
    onPath[id] = answer;
    const to = route(question, onPath);
    if (!to) return { steps, next: { kind: 'dead-end', id } };
    if (to.kind === 'outcome') return { steps, next: to };
    id = to.id;
  }
}

/** The answers that were actually used, keyed by node: what a shared link carries. */
export function usedAnswers(progress: Progress): Record<NodeId, OptionId> {
  return Object.fromEntries(progress.steps.map((s) => [s.question, s.answer]));
}

export interface Result {
  outcome: Outcome;
  /** Only the blockers whose condition holds for this person. */
  blockers: Blocker[];
  bring: BringItem[];
}

/** The full conclusion for a finished walk; undefined while questions remain. */
export function resultOf(ruleset: Ruleset, progress: Progress): Result | undefined {
  if (progress.next.kind !== 'outcome') return undefined;
  const outcome = ruleset.outcomes[progress.next.id];
  if (!outcome) return undefined;
  const used = usedAnswers(progress);
  const blockers = outcome.blockers.map((id) => ruleset.blockers[id]).filter((b): b is Blocker => b !== undefined && holds(b.when, used));
  const bring = outcome.bring.map((id) => ruleset.bring[id]).filter((b): b is BringItem => b !== undefined);
  return { outcome, blockers, bring };
}

/** Answers after changing one: later answers are kept, and dropped by `walk` only if no longer on the route. */
export function withAnswer(answers: Answers, question: NodeId, answer: OptionId): Answers {
  return { ...answers, [question]: answer };
}
