import type { Blocker, BringItem, Outcome, Question, QuestionOption, Rule, Ruleset } from '../../core/eligibility/types';
import { describeFound } from './errors';
import type { FileReport } from './report';
import { checkCodes, checkTargets, checkUsed } from './rules-checks';
import { readLocalized } from './localized';
import { readBlocker, readBringItem, readCondition, readOutcome, withoutUndefined, type Path } from './rules-read-parts';

const RULESET_KEYS = [
  'id',
  'name',
  'legalBasis',
  'source',
  'validFrom',
  'validUntil',
  'lastChecked',
  'unconfirmed',
  'start',
  'questions',
  'outcomes',
  'blockers',
  'bring',
];
const QUESTION_KEYS = ['code', 'options', 'next'];
const RULE_KEYS = ['when', 'question', 'outcome'];

/** Node, option, outcome, blocker and item ids: short, and safe in URLs and as YAML keys. */
const NODE_ID = /^[a-z][A-Za-z0-9]{0,23}$/;
const ITEM_ID = /^[a-z][a-z0-9-]{0,39}$/;

/**
 * Reads one ruleset file into a Ruleset, recording every problem in the report. References
 * between parts (a rule's target, an outcome's blockers) are checked here; the walk over the whole
 * graph is checked by the caller once the file reads cleanly.
 */
export function readRuleset(r: FileReport, value: unknown): Ruleset | undefined {
  const doc = r.object(value, [], 'ruleset');
  if (!doc) return undefined;
  r.noUnknownKeys(doc, [], RULESET_KEYS);

  const questions: Record<string, Question> = {};
  const rawQuestions = entries(
    r,
    doc.questions,
    ['questions'],
    'questions',
    NODE_ID,
    'a question id (letters and digits, starting lower-case)',
  );
  for (const [id, raw] of rawQuestions) {
    const q = readQuestionShape(r, id, raw);
    if (q) questions[id] = q;
  }
  // Rules are read once every question is known, so a rule may point forward.
  for (const [id, raw] of rawQuestions) {
    const q = questions[id];
    if (q) questions[id] = { ...q, next: readRules(r, id, (raw as Record<string, unknown>).next, questions) };
  }
  checkCodes(r, questions);

  const blockers: Record<string, Blocker> = {};
  for (const [id, raw] of entries(
    r,
    doc.blockers,
    ['blockers'],
    'blockers',
    ITEM_ID,
    'a blocker id (lower-case letters, digits and -)',
    true,
  )) {
    const b = readBlocker(r, id, raw, questions);
    if (b) blockers[id] = b;
  }
  const bring: Record<string, BringItem> = {};
  for (const [id, raw] of entries(r, doc.bring, ['bring'], 'bring', ITEM_ID, 'an item id (lower-case letters, digits and -)', true)) {
    const item = readBringItem(r, id, raw);
    if (item) bring[id] = item;
  }
  const outcomes: Record<string, Outcome> = {};
  for (const [id, raw] of entries(r, doc.outcomes, ['outcomes'], 'outcomes', ITEM_ID, 'an outcome id (lower-case letters, digits and -)')) {
    const o = readOutcome(r, id, raw, blockers, bring);
    if (o) outcomes[id] = o;
  }
  checkTargets(r, questions, outcomes);
  checkUsed(r, outcomes, blockers, bring);

  const start = r.string(doc.start, ['start'], 'start');
  if (start !== undefined && !questions[start])
    r.error(['start'], 'start', describeFound(start), `one of the questions: ${Object.keys(questions).join(', ')}`);

  const ruleset = {
    id: r.string(doc.id, ['id'], 'id', { pattern: ITEM_ID, expected: 'an id like decree-69-2024' }),
    name: readLocalized(r, doc.name, ['name'], 'name'),
    legalBasis: readLocalized(r, doc.legalBasis, ['legalBasis'], 'legalBasis'),
    source: r.string(doc.source, ['source'], 'source'),
    validFrom: r.isoDate(doc.validFrom, ['validFrom'], 'validFrom'),
    validUntil: r.isoDate(doc.validUntil, ['validUntil'], 'validUntil', { optional: true }),
    lastChecked: r.isoDate(doc.lastChecked, ['lastChecked'], 'lastChecked'),
    unconfirmed: readLocalized(r, doc.unconfirmed, ['unconfirmed'], 'unconfirmed', { optional: true }),
    start,
    questions,
    outcomes,
    blockers,
    bring,
  };
  const { validFrom, validUntil } = ruleset;
  if (validFrom && validUntil && validUntil < validFrom) {
    r.error(['validUntil'], 'validUntil', validUntil, `a date on or after validFrom (${validFrom})`);
  }
  if (r.errors.length) return undefined;
  return withoutUndefined(ruleset) as Ruleset;
}

function readQuestionShape(r: FileReport, id: string, raw: unknown): Question | undefined {
  const at = ['questions', id];
  const o = r.object(raw, at, `questions.${id}`);
  if (!o) return undefined;
  r.noUnknownKeys(o, at, QUESTION_KEYS);
  const code = r.string(o.code, [...at, 'code'], `questions.${id}.code`, { pattern: /^[a-z]$/, expected: 'one lower-case letter' });
  const options: QuestionOption[] = [];
  const rawOptions = r.object(o.options, [...at, 'options'], `questions.${id}.options`);
  for (const [optionId, optionCode] of Object.entries(rawOptions ?? {})) {
    const where = [...at, 'options', optionId];
    if (!NODE_ID.test(optionId)) {
      r.error(where, `questions.${id}.options`, describeFound(optionId), 'an answer id (letters and digits, starting lower-case)');
      continue;
    }
    // YAML reads `6` as a number: accept it as the code "6".
    const text = typeof optionCode === 'number' ? String(optionCode) : optionCode;
    const c = r.string(text, where, `questions.${id}.options.${optionId}`, {
      pattern: /^[a-z0-9]{1,3}$/,
      expected: 'a link code of 1 to 3 lower-case letters or digits',
    });
    if (c !== undefined) options.push({ id: optionId, code: c });
  }
  if (rawOptions && Object.keys(rawOptions).length < 2) {
    r.error([...at, 'options'], `questions.${id}.options`, `${Object.keys(rawOptions).length} answer(s)`, 'at least 2 answers');
  }
  if (code === undefined) return undefined;
  return { id, code, options, next: [] };
}

function readRules(r: FileReport, id: string, raw: unknown, questions: Record<string, Question>): Rule[] {
  const at = ['questions', id, 'next'];
  const list = r.list(raw, at, `questions.${id}.next`, { min: 1 }) ?? [];
  const rules: Rule[] = [];
  list.forEach((item, i) => {
    const where = [...at, i];
    const field = `questions.${id}.next[${i}]`;
    const o = r.object(item, where, field);
    if (!o) return;
    r.noUnknownKeys(o, where, RULE_KEYS);
    const when = o.when === undefined ? undefined : readCondition(r, o.when, [...where, 'when'], `${field}.when`, questions);
    const hasQ = o.question !== undefined;
    const hasO = o.outcome !== undefined;
    if (hasQ === hasO) {
      r.error(
        where,
        field,
        hasQ ? 'both question and outcome' : 'neither question nor outcome',
        'exactly one of question: <id> or outcome: <id>',
      );
      return;
    }
    const target = r.string(
      hasQ ? o.question : o.outcome,
      [...where, hasQ ? 'question' : 'outcome'],
      `${field}.${hasQ ? 'question' : 'outcome'}`,
    );
    if (target === undefined) return;
    if (when === undefined && i < list.length - 1) {
      r.error(where, field, 'a rule without when (otherwise) before other rules', 'the rule without when to come last');
    }
    rules.push({ ...(when ? { when } : {}), to: { kind: hasQ ? 'question' : 'outcome', id: target } });
  });
  return rules;
}

function entries(
  r: FileReport,
  raw: unknown,
  at: Path,
  field: string,
  idPattern: RegExp,
  expected: string,
  optional = false,
): [string, unknown][] {
  if (raw === undefined && optional) return [];
  const o = r.object(raw, at, field);
  if (!o) return [];
  return Object.entries(o).filter(([id]) => {
    if (idPattern.test(id)) return true;
    r.error([...at, id], field, describeFound(id), expected);
    return false;
  });
}
