import { holds, walk, type Progress, type Step } from './flow';
import type { Answers, NodeId, OptionId, Ruleset, Target } from './types';

/**
 * Whole-graph checks, run by the content build (so broken rules never reach a citizen) and by the
 * tests: every route ends in an outcome, every question and outcome can be reached, rules only
 * look at answers already given, and no question is asked whose answer cannot change the outcome.
 */
export interface FlowPath {
  steps: Step[];
  end: Progress['next'];
}

export type FlowProblem =
  | { kind: 'dead-end'; question: NodeId; answers: Answers } // no rule matches
  | { kind: 'loop'; question: NodeId; answers: Answers } // a route comes back to a question
  | { kind: 'unknown-target'; question: NodeId; target: Target }
  | { kind: 'unasked-condition'; question: NodeId; node: NodeId; answers: Answers } // a rule reads an answer not given on this route
  | { kind: 'unreachable-question'; question: NodeId }
  | { kind: 'unreachable-outcome'; outcome: string }
  | { kind: 'pointless-question'; question: NodeId; answers: Answers } // no answer can change the outcome
  | { kind: 'blocker-never-shown'; outcome: string; blocker: string }; // its condition holds on no route to the outcome

/** Every route through the graph, branching on every option of every question reached. */
export function allPaths(ruleset: Ruleset): FlowPath[] {
  return explore(ruleset).paths;
}

export function checkFlow(ruleset: Ruleset): FlowProblem[] {
  const { paths, problems } = explore(ruleset);
  const seenQuestions = new Set(paths.flatMap((p) => p.steps.map((s) => s.question)));
  const seenOutcomes = new Set(paths.flatMap((p) => (p.end.kind === 'outcome' ? [p.end.id] : [])));
  for (const id of Object.keys(ruleset.questions)) {
    if (!seenQuestions.has(id)) problems.push({ kind: 'unreachable-question', question: id });
  }
  for (const id of Object.keys(ruleset.outcomes)) {
    if (!seenOutcomes.has(id)) problems.push({ kind: 'unreachable-outcome', outcome: id });
  }
  if (problems.length === 0) problems.push(...pointlessQuestions(ruleset), ...blockersNeverShown(ruleset, paths));
  return problems;
}

/** Every combination of every question's options, asked or not: what a hand-edited link can hold. */
export function* everyCombination(ruleset: Ruleset): Generator<Answers> {
  const questions = Object.values(ruleset.questions);
  const pick: number[] = questions.map(() => 0);
  for (;;) {
    const answers: Record<NodeId, OptionId> = {};
    questions.forEach((q, i) => {
      const option = q.options[pick[i] ?? 0];
      if (option) answers[q.id] = option.id;
    });
    yield answers;
    let i = 0;
    while (i < questions.length) {
      pick[i] = (pick[i] ?? 0) + 1;
      if ((pick[i] ?? 0) < (questions[i]?.options.length ?? 0)) break;
      pick[i] = 0;
      i++;
    }
    if (i === questions.length) return;
  }
}

function explore(ruleset: Ruleset): { paths: FlowPath[]; problems: FlowProblem[] } {
  const paths: FlowPath[] = [];
  const problems: FlowProblem[] = [];
  const visit = (id: NodeId, steps: Step[], answers: Record<NodeId, OptionId>) => {
    const question = ruleset.questions[id];
    if (!question) return; // reported as unknown-target by the caller
    for (const option of question.options) {
      const here = { ...answers, [id]: option.id };
      const trail = [...steps, { question: id, answer: option.id }];
      let to: Target | undefined;
      for (const rule of question.next) {
        for (const node of Object.keys(rule.when ?? {})) {
          if (!(node in here)) problems.push({ kind: 'unasked-condition', question: id, node, answers: here });
        }
        if (holds(rule.when, here)) {
          to = rule.to;
          break;
        }
      }
      if (!to) {
        problems.push({ kind: 'dead-end', question: id, answers: here });
        paths.push({ steps: trail, end: { kind: 'dead-end', id } });
      } else if (to.kind === 'outcome') {
        if (!ruleset.outcomes[to.id]) problems.push({ kind: 'unknown-target', question: id, target: to });
        paths.push({ steps: trail, end: to });
      } else if (!ruleset.questions[to.id]) {
        problems.push({ kind: 'unknown-target', question: id, target: to });
        paths.push({ steps: trail, end: { kind: 'dead-end', id } });
      } else if (to.id in here) {
        problems.push({ kind: 'loop', question: to.id, answers: here });
        paths.push({ steps: trail, end: { kind: 'dead-end', id: to.id } });
      } else {
        visit(to.id, trail, here);
      }
    }
  };
  if (!ruleset.questions[ruleset.start]) {
    problems.push({ kind: 'unknown-target', question: ruleset.start, target: { kind: 'question', id: ruleset.start } });
  } else {
    visit(ruleset.start, [], {});
  }
  return { paths, problems: dedupe(problems) };
}

/**
 * A question may be asked only where its answer can change the outcome. The proof runs over every
 * combination of answers (what any person could answer later): for a question reached after some
 * earlier answers, it is pointless when, for every way of answering what comes after it, each of
 * its options leads to the same outcome. Blockers do not count: a blocker that only shows with an
 * answer to an otherwise pointless question is better said plainly in the outcome than asked for.
 */
function pointlessQuestions(ruleset: Ruleset): FlowProblem[] {
  const matters = new Map<string, { question: NodeId; answers: Answers; changes: boolean }>();
  for (const answers of everyCombination(ruleset)) {
    const { steps } = walk(ruleset, answers);
    steps.forEach((step, i) => {
      const prefix = steps.slice(0, i);
      const key = prefix.map((s) => `${s.question}=${s.answer}`).join('&') + `>${step.question}`;
      let entry = matters.get(key);
      if (!entry) {
        entry = { question: step.question, answers: Object.fromEntries(prefix.map((s) => [s.question, s.answer])), changes: false };
        matters.set(key, entry);
      }
      if (entry.changes) return;
      const question = ruleset.questions[step.question];
      const outcomes = new Set(question?.options.map((o) => outcomeOf(ruleset, { ...answers, [step.question]: o.id })));
      if (outcomes.size > 1) entry.changes = true;
    });
  }
  return [...matters.values()]
    .filter((e) => !e.changes && (ruleset.questions[e.question]?.options.length ?? 0) > 1)
    .map(({ question, answers }) => ({ kind: 'pointless-question', question, answers }));
}

/** A blocker an outcome lists but whose condition holds on no route to it is dead text (often a question no longer asked there). */
function blockersNeverShown(ruleset: Ruleset, paths: FlowPath[]): FlowProblem[] {
  const problems: FlowProblem[] = [];
  for (const outcome of Object.values(ruleset.outcomes)) {
    const routes = paths.filter((p) => p.end.kind === 'outcome' && p.end.id === outcome.id);
    for (const id of outcome.blockers) {
      const when = ruleset.blockers[id]?.when;
      if (!routes.some((p) => holds(when, Object.fromEntries(p.steps.map((s) => [s.question, s.answer])))))
        problems.push({ kind: 'blocker-never-shown', outcome: outcome.id, blocker: id });
    }
  }
  return problems;
}

function outcomeOf(ruleset: Ruleset, answers: Answers): string {
  const end = walk(ruleset, answers).next;
  return `${end.kind}:${end.id}`;
}

function dedupe(problems: FlowProblem[]): FlowProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
