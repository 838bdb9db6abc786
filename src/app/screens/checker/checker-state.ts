import type { Lang } from '../../../core/i18n/languages';
import { decodeAnswers, encodeForLink, type DecodedAnswers } from '../../../core/eligibility/answer-codes';
import { resultOf, usedAnswers, walk, type Progress, type Result } from '../../../core/eligibility/flow';
import { rulesetInForce, todayInVietnam } from '../../../core/eligibility/ruleset-in-force';
import type { Answers, NodeId, OptionId, Question, Ruleset } from '../../../core/eligibility/types';
import { hrefFor } from '../../../core/routes';

/**
 * Everything the checker shows is derived from its URL (/kiem-tra?a=<answers>&sua=<question>), so
 * back/forward, a shared link and a QR code all reopen exactly the same screen. Nothing is kept
 * in memory between screens, and nothing personal is ever in the URL.
 */
export const ANSWERS_PARAM = 'a';
export const CHANGE_PARAM = 'sua'; // sửa: the question whose answer is being changed

// Each language's copy of the rules is its own chunk: a phone downloads only the one it shows.
const loaders: Record<Lang, () => Promise<{ rulesets: readonly Ruleset[] }>> = {
  vi: () => import('virtual:content/rules/vi'),
  en: () => import('virtual:content/rules/en'),
};
let rulesets: readonly Ruleset[] = [];
let rulesLang: Lang | undefined;

/** Loads the rules in `lang` (the router awaits it before showing the checker). */
export async function loadRules(lang: Lang): Promise<void> {
  if (rulesLang === lang) return;
  rulesets = (await loaders[lang]()).rulesets;
  rulesLang = lang;
}

export interface CheckerView {
  ruleset: Ruleset;
  decoded: DecodedAnswers;
  progress: Progress;
  /** The question on screen: the next one, or the one being changed. */
  question?: Question;
  changing: boolean;
  result?: Result;
}

export function checkerView(query: URLSearchParams, today = todayInVietnam()): CheckerView {
  // A wrong device clock (before the first decree) still gets the newest rules rather than nothing.
  const ruleset = rulesetInForce(rulesets, today) ?? rulesets[rulesets.length - 1]!;
  const decoded = decodeAnswers(ruleset, query.get(ANSWERS_PARAM));
  const progress = walk(ruleset, decoded.answers);
  const change = query.get(CHANGE_PARAM);
  const changing = change !== null && progress.steps.some((s) => s.question === change);
  if (changing) return { ruleset, decoded, progress, question: ruleset.questions[change], changing };
  if (progress.next.kind === 'question') return { ruleset, decoded, progress, question: ruleset.questions[progress.next.id], changing };
  return { ruleset, decoded, progress, changing, result: resultOf(ruleset, progress) };
}

export function checkerHref(ruleset: Ruleset, answers: Answers, change?: NodeId): string {
  return hrefFor('checker', {}, { [ANSWERS_PARAM]: encodeForLink(ruleset, answers), [CHANGE_PARAM]: change });
}

/** Where choosing `option` for `question` leads: later answers are kept while still on the route. */
export function answerHref(view: CheckerView, question: NodeId, option: OptionId): string {
  return checkerHref(view.ruleset, { ...view.decoded.answers, [question]: option }, undefined);
}

export function changeHref(view: CheckerView, question: NodeId): string {
  return checkerHref(view.ruleset, usedAnswers(view.progress), question);
}

/** The previous question: the answers so far minus the last one. */
export function backHref(view: CheckerView): string | undefined {
  const steps = view.progress.steps;
  if (view.changing || steps.length === 0) return undefined;
  return checkerHref(view.ruleset, Object.fromEntries(steps.slice(0, -1).map((s) => [s.question, s.answer])));
}

export const START_HREF = hrefFor('checker');
