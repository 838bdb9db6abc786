import type { LocalizedText } from '../../core/i18n/languages';
import type {
  Blocker,
  BringItem,
  Condition,
  Outcome,
  Question,
  QuestionOption,
  Rule,
  Ruleset,
  TutorialLink,
} from '../../core/eligibility/types';
import { SERVICES, type Service } from '../../core/points/types';
import { isSlug, TUTORIAL_IDS, type AgreedTutorialId } from '../../core/tutorials/ids';
import { describeFound } from './errors';
import { readLocalized } from './localized';
import type { FileReport } from './report';

type Path = (string | number)[];

const RULESET_KEYS = ['id', 'name', 'legalBasis', 'source', 'validFrom', 'validUntil', 'lastChecked', 'unconfirmed', 'start', 'questions', 'outcomes', 'blockers', 'bring'];
const QUESTION_KEYS = ['code', 'options', 'next'];
const RULE_KEYS = ['when', 'question', 'outcome'];
const OUTCOME_KEYS = ['title', 'why', 'source', 'lastChecked', 'unconfirmed', 'blockers', 'bring', 'waitingDays', 'then', 'tutorials', 'place'];
const BLOCKER_KEYS = ['when', 'title', 'clear', 'unconfirmed', 'source', 'lastChecked', 'tutorials', 'place'];
const BRING_KEYS = ['text', 'unconfirmed'];

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
  const rawQuestions = entries(r, doc.questions, ['questions'], 'questions', NODE_ID, 'a question id (letters and digits, starting lower-case)');
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
  for (const [id, raw] of entries(r, doc.blockers, ['blockers'], 'blockers', ITEM_ID, 'a blocker id (lower-case letters, digits and -)', true)) {
    const b = readBlocker(r, id, raw, questions);
    if (b) blockers[id] = b;
  }
  const bring: Record<string, BringItem> = {};
  for (const [id, raw] of entries(r, doc.bring, ['bring'], 'bring', ITEM_ID, 'an item id (lower-case letters, digits and -)', true)) {
    const at = ['bring', id];
    const o = r.object(raw, at, `bring.${id}`);
    if (!o) continue;
    r.noUnknownKeys(o, at, BRING_KEYS);
    const text = readLocalized(r, o.text, [...at, 'text'], `bring.${id}.text`);
    const unconfirmed = readFlag(r, o.unconfirmed, [...at, 'unconfirmed'], `bring.${id}.unconfirmed`);
    if (text) bring[id] = { id, text, unconfirmed };
  }
  const outcomes: Record<string, Outcome> = {};
  for (const [id, raw] of entries(r, doc.outcomes, ['outcomes'], 'outcomes', ITEM_ID, 'an outcome id (lower-case letters, digits and -)')) {
    const o = readOutcome(r, id, raw, blockers, bring);
    if (o) outcomes[id] = o;
  }
  checkTargets(r, questions, outcomes);
  checkUsed(r, outcomes, blockers, bring);

  const start = r.string(doc.start, ['start'], 'start');
  if (start !== undefined && !questions[start]) r.error(['start'], 'start', describeFound(start), `one of the questions: ${Object.keys(questions).join(', ')}`);

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
    const c = r.string(text, where, `questions.${id}.options.${optionId}`, { pattern: /^[a-z0-9]{1,3}$/, expected: 'a link code of 1 to 3 lower-case letters or digits' });
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
      r.error(where, field, hasQ ? 'both question and outcome' : 'neither question nor outcome', 'exactly one of question: <id> or outcome: <id>');
      return;
    }
    const target = r.string(hasQ ? o.question : o.outcome, [...where, hasQ ? 'question' : 'outcome'], `${field}.${hasQ ? 'question' : 'outcome'}`);
    if (target === undefined) return;
    if (when === undefined && i < list.length - 1) {
      r.error(where, field, 'a rule without when (otherwise) before other rules', 'the rule without when to come last');
    }
    rules.push({ ...(when ? { when } : {}), to: { kind: hasQ ? 'question' : 'outcome', id: target } });
  });
  return rules;
}

export function readCondition(r: FileReport, raw: unknown, at: Path, field: string, questions: Record<string, Question>): Condition | undefined {
  const o = r.object(raw, at, field);
  if (!o) return undefined;
  const condition: Record<string, string[]> = {};
  for (const [node, value] of Object.entries(o)) {
    const q = questions[node];
    if (!q) {
      r.error([...at, node], `${field}.${node}`, 'an unknown question', `one of ${Object.keys(questions).join(', ')}`);
      continue;
    }
    const values = (Array.isArray(value) ? value : [value]).map((v) => (typeof v === 'number' ? String(v) : v));
    const known = q.options.map((opt) => opt.id);
    const bad = values.filter((v) => typeof v !== 'string' || !known.includes(v));
    if (bad.length || values.length === 0) {
      r.error([...at, node], `${field}.${node}`, bad.length ? describeFound(bad[0]) : 'an empty list', `answers of ${node}: ${known.join(', ')}`);
      continue;
    }
    condition[node] = values as string[];
  }
  return condition;
}

function readOutcome(r: FileReport, id: string, raw: unknown, blockers: Record<string, Blocker>, bring: Record<string, BringItem>): Outcome | undefined {
  const at = ['outcomes', id];
  const f = `outcomes.${id}`;
  const o = r.object(raw, at, f);
  if (!o) return undefined;
  r.noUnknownKeys(o, at, OUTCOME_KEYS);
  const refs = (key: 'blockers' | 'bring', known: Record<string, unknown>) =>
    (o[key] === undefined ? [] : (r.list(o[key], [...at, key], `${f}.${key}`) ?? [])).flatMap((v, i) => {
      if (typeof v === 'string' && v in known) return [v];
      r.error([...at, key, i], `${f}.${key}[${i}]`, describeFound(v), `one of the ${key} defined in this file: ${Object.keys(known).join(', ') || '(none)'}`);
      return [];
    });
  const waiting = o.waitingDays === undefined ? undefined : r.number(o.waitingDays, [...at, 'waitingDays'], `${f}.waitingDays`, { integer: true });
  if (waiting !== undefined && ![1, 3, 7].includes(waiting)) r.error([...at, 'waitingDays'], `${f}.waitingDays`, String(waiting), '1, 3 or 7 (working days)');
  const then = o.then === undefined ? [] : (r.list(o.then, [...at, 'then'], `${f}.then`) ?? []);
  const outcome = {
    id,
    title: readLocalized(r, o.title, [...at, 'title'], `${f}.title`, { max: 160 }),
    why: readLocalized(r, o.why, [...at, 'why'], `${f}.why`),
    source: r.string(o.source, [...at, 'source'], `${f}.source`),
    lastChecked: r.isoDate(o.lastChecked, [...at, 'lastChecked'], `${f}.lastChecked`),
    unconfirmed: readLocalized(r, o.unconfirmed, [...at, 'unconfirmed'], `${f}.unconfirmed`, { optional: true }),
    blockers: refs('blockers', blockers),
    bring: refs('bring', bring),
    waitingDays: waiting as Outcome['waitingDays'],
    then: then.map((t, i) => readLocalized(r, t, [...at, 'then', i], `${f}.then[${i}]`)).filter((t): t is LocalizedText => t !== undefined),
    tutorials: readTutorials(r, o.tutorials, [...at, 'tutorials'], `${f}.tutorials`),
    place: readPlace(r, o.place, [...at, 'place'], `${f}.place`),
  };
  return withoutUndefined(outcome) as Outcome;
}

function readBlocker(r: FileReport, id: string, raw: unknown, questions: Record<string, Question>): Blocker | undefined {
  const at = ['blockers', id];
  const f = `blockers.${id}`;
  const o = r.object(raw, at, f);
  if (!o) return undefined;
  r.noUnknownKeys(o, at, BLOCKER_KEYS);
  const blocker = {
    id,
    when: o.when === undefined ? undefined : readCondition(r, o.when, [...at, 'when'], `${f}.when`, questions),
    title: readLocalized(r, o.title, [...at, 'title'], `${f}.title`, { max: 120 }),
    clear: readLocalized(r, o.clear, [...at, 'clear'], `${f}.clear`),
    unconfirmed: readLocalized(r, o.unconfirmed, [...at, 'unconfirmed'], `${f}.unconfirmed`, { optional: true }),
    source: r.string(o.source, [...at, 'source'], `${f}.source`),
    lastChecked: r.isoDate(o.lastChecked, [...at, 'lastChecked'], `${f}.lastChecked`),
    tutorials: readTutorials(r, o.tutorials, [...at, 'tutorials'], `${f}.tutorials`),
    place: readPlace(r, o.place, [...at, 'place'], `${f}.place`),
  };
  return withoutUndefined(blocker) as Blocker;
}

function readTutorials(r: FileReport, raw: unknown, at: Path, field: string): TutorialLink[] {
  if (raw === undefined) return [];
  return (r.list(raw, at, field) ?? []).flatMap((v, i) => {
    const [tutorial, step, extra] = typeof v === 'string' ? v.trim().split('/') : [];
    if ((TUTORIAL_IDS as readonly string[]).includes(tutorial ?? '') && (step === undefined || isSlug(step)) && extra === undefined) {
      return [step === undefined ? { tutorial: tutorial as AgreedTutorialId } : { tutorial: tutorial as AgreedTutorialId, step }];
    }
    r.error([...at, i], `${field}[${i}]`, describeFound(v), `a tutorial id (${TUTORIAL_IDS.join(', ')}), optionally /<step>`);
    return [];
  });
}

function readPlace(r: FileReport, raw: unknown, at: Path, field: string): Service | undefined {
  return raw === undefined ? undefined : r.oneOf(raw, at, field, SERVICES);
}

function readFlag(r: FileReport, raw: unknown, at: Path, field: string): boolean {
  if (raw === undefined || raw === false) return false;
  if (raw === true) return true;
  r.error(at, field, describeFound(raw), 'true or false');
  return false;
}

/** Same-ruleset uniqueness of link codes: two answers with one code would make links ambiguous. */
function checkCodes(r: FileReport, questions: Record<string, Question>): void {
  const byCode = new Map<string, string>();
  for (const q of Object.values(questions)) {
    const other = byCode.get(q.code);
    if (other) r.error(['questions', q.id, 'code'], `questions.${q.id}.code`, `"${q.code}", already the code of ${other}`, 'a letter no other question uses');
    else byCode.set(q.code, q.id);
    const seen = new Map<string, string>();
    for (const opt of q.options) {
      const prev = seen.get(opt.code);
      if (prev) r.error(['questions', q.id, 'options', opt.id], `questions.${q.id}.options.${opt.id}`, `"${opt.code}", already the code of ${prev}`, 'a code no other answer of this question uses');
      else seen.set(opt.code, opt.id);
    }
  }
}

function checkTargets(r: FileReport, questions: Record<string, Question>, outcomes: Record<string, Outcome>): void {
  for (const q of Object.values(questions)) {
    q.next.forEach((rule, i) => {
      const known = rule.to.kind === 'question' ? questions : outcomes;
      if (!known[rule.to.id]) {
        r.error(['questions', q.id, 'next', i, rule.to.kind], `questions.${q.id}.next[${i}].${rule.to.kind}`, describeFound(rule.to.id), `one of the ${rule.to.kind}s defined in this file: ${Object.keys(known).join(', ')}`);
      }
    });
  }
}

/** A blocker or item nobody lists is usually a typo in a list: say so rather than ship dead text. */
function checkUsed(r: FileReport, outcomes: Record<string, Outcome>, blockers: Record<string, Blocker>, bring: Record<string, BringItem>): void {
  const usedBlockers = new Set(Object.values(outcomes).flatMap((o) => o.blockers));
  const usedItems = new Set(Object.values(outcomes).flatMap((o) => o.bring));
  for (const id of Object.keys(blockers)) if (!usedBlockers.has(id)) r.error(['blockers', id], `blockers.${id}`, 'a blocker no outcome lists', 'its id in some outcome\'s blockers, or remove it');
  for (const id of Object.keys(bring)) if (!usedItems.has(id)) r.error(['bring', id], `bring.${id}`, 'an item no outcome lists', 'its id in some outcome\'s bring, or remove it');
}

function entries(r: FileReport, raw: unknown, at: Path, field: string, idPattern: RegExp, expected: string, optional = false): [string, unknown][] {
  if (raw === undefined && optional) return [];
  const o = r.object(raw, at, field);
  if (!o) return [];
  return Object.entries(o).filter(([id]) => {
    if (idPattern.test(id)) return true;
    r.error([...at, id], field, describeFound(id), expected);
    return false;
  });
}

function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
