import type { LocalizedText } from '../../core/i18n/languages';
import type { Blocker, BringItem, Condition, Outcome, Question, TutorialLink } from '../../core/eligibility/types';
import { SERVICES, type Service } from '../../core/points/types';
import { isSlug, TUTORIAL_IDS, type AgreedTutorialId } from '../../core/tutorials/ids';
import { describeFound } from './errors';
import { readLocalized } from './localized';
import type { FileReport } from './report';

/** Readers for the parts of a ruleset file that carry wording: outcomes, blockers, things to bring. */

export type Path = (string | number)[];

const OUTCOME_KEYS = [
  'title',
  'why',
  'source',
  'lastChecked',
  'unconfirmed',
  'blockers',
  'bring',
  'waitingDays',
  'then',
  'tutorials',
  'place',
];
const BLOCKER_KEYS = ['when', 'title', 'clear', 'unconfirmed', 'source', 'lastChecked', 'tutorials', 'place'];
const BRING_KEYS = ['text', 'unconfirmed'];

export function readCondition(
  r: FileReport,
  raw: unknown,
  at: Path,
  field: string,
  questions: Record<string, Question>,
): Condition | undefined {
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
      r.error(
        [...at, node],
        `${field}.${node}`,
        bad.length ? describeFound(bad[0]) : 'an empty list',
        `answers of ${node}: ${known.join(', ')}`,
      );
      continue;
    }
    condition[node] = values as string[];
  }
  return condition;
}

export function readOutcome(
  r: FileReport,
  id: string,
  raw: unknown,
  blockers: Record<string, Blocker>,
  bring: Record<string, BringItem>,
): Outcome | undefined {
  const at = ['outcomes', id];
  const f = `outcomes.${id}`;
  const o = r.object(raw, at, f);
  if (!o) return undefined;
  r.noUnknownKeys(o, at, OUTCOME_KEYS);
  const refs = (key: 'blockers' | 'bring', known: Record<string, unknown>) =>
    (o[key] === undefined ? [] : (r.list(o[key], [...at, key], `${f}.${key}`) ?? [])).flatMap((v, i) => {
      if (typeof v === 'string' && v in known) return [v];
      r.error(
        [...at, key, i],
        `${f}.${key}[${i}]`,
        describeFound(v),
        `one of the ${key} defined in this file: ${Object.keys(known).join(', ') || '(none)'}`,
      );
      return [];
    });
  const waiting =
    o.waitingDays === undefined ? undefined : r.number(o.waitingDays, [...at, 'waitingDays'], `${f}.waitingDays`, { integer: true });
  if (waiting !== undefined && ![1, 3, 7].includes(waiting))
    r.error([...at, 'waitingDays'], `${f}.waitingDays`, String(waiting), '1, 3 or 7 (working days)');
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

export function readBlocker(r: FileReport, id: string, raw: unknown, questions: Record<string, Question>): Blocker | undefined {
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

export function readBringItem(r: FileReport, id: string, raw: unknown): BringItem | undefined {
  const at = ['bring', id];
  const o = r.object(raw, at, `bring.${id}`);
  if (!o) return undefined;
  r.noUnknownKeys(o, at, BRING_KEYS);
  const text = readLocalized(r, o.text, [...at, 'text'], `bring.${id}.text`);
  const unconfirmed = readFlag(r, o.unconfirmed, [...at, 'unconfirmed'], `bring.${id}.unconfirmed`);
  return text ? { id, text, unconfirmed } : undefined;
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

export function withoutUndefined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;
}
