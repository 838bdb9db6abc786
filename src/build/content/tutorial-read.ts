import { SLUG } from '../../core/tutorials/ids';
import { parseStepRef } from '../../core/tutorials/refs';
import type { LocalizedText } from '../../core/i18n/languages';
import type { StepRef, Tutorial, TutorialSource, TutorialStep } from '../../core/tutorials/types';
import { readLocalized } from './localized';
import { FileReport } from './report';
import { checkLocalizedText, mentionedSecret } from './tutorial-text';
import { parseYaml } from './yaml';

const KEYS = ['id', 'title', 'summary', 'lastChecked', 'sources', 'steps'] as const;
const STEP_KEYS = [
  'id',
  'aliases',
  'title',
  'text',
  'illustration',
  'see',
  'tips',
  'fixes',
  'related',
  'scamWarning',
  'unconfirmed',
] as const;
const SLUG_EXPECTED = 'a short id: lower-case letters, digits and - (e.g. "otp")';
const ILLUSTRATION = /^[a-z0-9][a-z0-9-]*\.svg$/;

export interface ReadTutorial {
  file: string;
  report: FileReport;
  /** Present when the file parsed and has the tutorial's shape (fields may still have errors). */
  tutorial?: Omit<Tutorial, 'illustrations'>;
}

/** Reads and checks one tutorial file on its own; links between files are checked by the collection. */
export function readTutorial(file: string, text: string, today: string): ReadTutorial {
  const yaml = parseYaml(text);
  const r = new FileReport(file, yaml.lineOf);
  for (const p of yaml.problems) r.error(p.line, 'YAML', p.message, yamlHint(p.message));
  if (yaml.problems.length) return { file, report: r };
  const doc = r.object(yaml.value, [], 'tutorial');
  if (!doc) return { file, report: r };
  r.noUnknownKeys(doc, [], KEYS);

  const fileId =
    file
      .split('/')
      .pop()
      ?.replace(/\.ya?ml$/, '') ?? '';
  let id = r.string(doc.id, ['id'], 'id', { pattern: SLUG, expected: SLUG_EXPECTED });
  if (id !== undefined && id !== fileId) {
    r.error(['id'], 'id', `"${id}"`, `"${fileId}" (the file's name)`);
    id = undefined;
  }
  const title = readLocalized(r, doc.title, ['title'], 'title', { max: 80 });
  const summary = readLocalized(r, doc.summary, ['summary'], 'summary', { max: 240 });
  checkLocalizedText(r, title, ['title'], 'title');
  checkLocalizedText(r, summary, ['summary'], 'summary');
  let lastChecked = r.isoDate(doc.lastChecked, ['lastChecked'], 'lastChecked');
  if (lastChecked !== undefined && lastChecked > today) {
    r.error(['lastChecked'], 'lastChecked', `"${lastChecked}"`, `a date not after today (${today}): the day the steps were checked`);
    lastChecked = undefined;
  }
  const sources = (r.list(doc.sources, ['sources'], 'sources', { min: 1 }) ?? []).map((s, i) => readSource(r, s, i));
  const stepsRaw = r.list(doc.steps, ['steps'], 'steps', { min: 1 }) ?? [];
  const steps = stepsRaw.map((s, i) => readStep(r, s, i));
  checkStepIds(r, stepsRaw);

  if (!id || !title || !summary || !lastChecked || steps.some((s) => s === undefined)) return { file, report: r };
  return {
    file,
    report: r,
    tutorial: { id, title, summary, lastChecked, sources: sources.filter((s) => s !== undefined), steps: steps as TutorialStep[] },
  };
}

function readSource(r: FileReport, value: unknown, i: number): TutorialSource | undefined {
  const at = ['sources', i];
  if (typeof value === 'string') {
    const title = r.string(value, at, `sources[${i}]`);
    return title === undefined ? undefined : { title };
  }
  const o = r.object(value, at, `sources[${i}]`);
  if (!o) return undefined;
  r.noUnknownKeys(o, at, ['title', 'url']);
  const title = r.string(o.title, [...at, 'title'], `sources[${i}].title`);
  const url = r.string(o.url, [...at, 'url'], `sources[${i}].url`, {
    optional: true,
    pattern: /^https?:\/\/[^\s/]+\.[^\s]+$/,
    expected: 'a web address starting with https://',
  });
  if (title === undefined) return undefined;
  return url === undefined ? { title } : { title, url };
}

function readStep(r: FileReport, value: unknown, i: number): TutorialStep | undefined {
  const at = ['steps', i];
  const f = (name: string) => `steps[${i}].${name}`;
  const o = r.object(value, at, `steps[${i}]`);
  if (!o) return undefined;
  r.noUnknownKeys(o, at, STEP_KEYS);
  const id = r.string(o.id, [...at, 'id'], f('id'), { pattern: SLUG, expected: SLUG_EXPECTED });
  const aliases = slugList(r, o.aliases, [...at, 'aliases'], f('aliases'));
  const title = readLocalized(r, o.title, [...at, 'title'], f('title'), { max: 80 });
  const text = readLocalized(r, o.text, [...at, 'text'], f('text'), { max: 600 });
  const see = readLocalized(r, o.see, [...at, 'see'], f('see'), { max: 300 });
  const illustration = r.string(o.illustration, [...at, 'illustration'], f('illustration'), {
    pattern: ILLUSTRATION,
    expected: 'an SVG file name like "activate-otp.svg"',
  });
  const tips = optionalList(r, o.tips, [...at, 'tips'], f('tips')).map((t, j) =>
    readLocalized(r, t, [...at, 'tips', j], `${f('tips')}[${j}]`, { max: 300 }),
  );
  const fixes = slugList(r, o.fixes, [...at, 'fixes'], f('fixes'));
  const related = optionalList(r, o.related, [...at, 'related'], f('related')).map((v, j) =>
    readRef(r, v, [...at, 'related', j], f('related')),
  );
  const unconfirmed = readLocalized(r, o.unconfirmed, [...at, 'unconfirmed'], f('unconfirmed'), { optional: true, max: 300 });
  let scamWarning = false;
  if (o.scamWarning !== undefined) {
    if (typeof o.scamWarning === 'boolean') scamWarning = o.scamWarning;
    else r.error([...at, 'scamWarning'], f('scamWarning'), JSON.stringify(o.scamWarning), 'true or false');
  }
  const named: [string, LocalizedText | undefined][] = [
    ['title', title],
    ['text', text],
    ['see', see],
    ['unconfirmed', unconfirmed],
  ];
  for (const [name, value] of named) checkLocalizedText(r, value, [...at, name], f(name));
  tips.forEach((t, j) => checkLocalizedText(r, t, [...at, 'tips', j], `${f('tips')}[${j}]`));
  const secret = mentionedSecret([title, text, see, ...tips]);
  if (secret && !scamWarning) {
    r.error(
      [...at, o.scamWarning === undefined ? 'id' : 'scamWarning'],
      f('scamWarning'),
      describeFlag(o.scamWarning),
      `true: the step mentions "${secret}", so it must carry the anti-scam warning`,
    );
  }

  // A bad `related` entry is already reported; dropping it keeps the step, so its other links are still checked.
  if (!id || !title || !text || !see || !illustration || tips.some((t) => !t)) return undefined;
  return {
    id,
    ...(aliases.length ? { aliases } : {}),
    title,
    text,
    illustration,
    see,
    tips: tips as TutorialStep['tips'],
    fixes,
    related: related.filter((x) => x !== undefined),
    scamWarning,
    ...(unconfirmed ? { unconfirmed } : {}),
  };
}

/** The YAML library's messages are for programmers; say what an organizer most likely has to change. */
function yamlHint(message: string): string {
  if (/compact mappings|Implicit map keys|map values are not allowed/i.test(message)) {
    return 'valid YAML (a text containing ": " must be written in quotes: \'...\')';
  }
  if (/indent/i.test(message)) return 'valid YAML (check the spaces at the start of the line)';
  return 'valid YAML';
}

function describeFlag(value: unknown): string {
  return value === undefined ? 'nothing' : String(value);
}

function optionalList(r: FileReport, value: unknown, at: (string | number)[], field: string): unknown[] {
  if (value === undefined || value === null) return [];
  return r.list(value, at, field) ?? [];
}

function slugList(r: FileReport, value: unknown, at: (string | number)[], field: string): string[] {
  return optionalList(r, value, at, field)
    .map((v, j) => r.string(v, [...at, j], field, { pattern: SLUG, expected: SLUG_EXPECTED }))
    .filter((v) => v !== undefined);
}

function readRef(r: FileReport, value: unknown, at: (string | number)[], field: string): StepRef | undefined {
  const ref = typeof value === 'string' ? parseStepRef(value) : undefined;
  if (!ref)
    r.error(at, field, typeof value === 'string' ? `"${value}"` : String(value), 'a tutorial id, or tutorial/step (e.g. "activate/otp")');
  return ref;
}

/**
 * Step ids (and the former ids in aliases) are URLs: each may be used once in a tutorial. Read from
 * the raw steps, so a duplicate is reported even when one of the two steps has another error.
 */
function checkStepIds(r: FileReport, steps: readonly unknown[]): void {
  const seen = new Map<string, number>();
  steps.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object') return;
    const s = raw as { id?: unknown; aliases?: unknown };
    const ids: [unknown, (string | number)[]][] = [
      [s.id, ['steps', i, 'id']],
      ...(Array.isArray(s.aliases) ? s.aliases : []).map((a, j): [unknown, (string | number)[]] => [a, ['steps', i, 'aliases', j]]),
    ];
    for (const [id, at] of ids) {
      if (typeof id !== 'string' || !SLUG.test(id)) continue; // a malformed id is reported by readStep
      const first = seen.get(id);
      if (first !== undefined)
        r.error(at, `steps[${i}].id`, `"${id}", already used by steps[${first}]`, 'a step id used once in this tutorial');
      else seen.set(id, i);
    }
  });
}
