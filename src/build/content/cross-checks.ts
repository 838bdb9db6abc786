import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SOURCE_LANG } from '../../core/i18n/languages';
import { screenNodeProblems } from '../../core/eligibility/screen-nodes';
import type { Ruleset, TutorialLink } from '../../core/eligibility/types';
import type { CompiledContent, ContentCollection } from './collection';
import type { ContentError } from './errors';
import { listFiles, readContent } from './files';
import { parseJsonWithLines } from './locales';
import { FileReport } from './report';
import { readRuleset } from './rules-read';
import { parseYaml } from './yaml';

const CHECKER_TEXTS = `content/locales/${SOURCE_LANG}/checker.json`;

/**
 * Checks between kinds of content, run by the build (each collection checks its own files):
 * - every question and answer of every ruleset has its Vietnamese text in checker.json (otherwise
 *   citizens read a raw key like `checker.q.work.title`);
 * - every tutorial or step a rule links to exists;
 * - every ruleset fits the questions the checker's screens answer themselves (age, card).
 * Errors point at the rules file's line. A file that does not read cleanly on its own is skipped:
 * its own collection already reports why.
 */
export const crossFileCollection: ContentCollection = {
  name: 'cross-file',
  compile(root): CompiledContent {
    const errors: ContentError[] = [];
    const texts = checkerTexts(root);
    const steps = tutorialSteps(root);
    for (const file of listFiles(root, 'content/rules', ['.yaml', '.yml'])) {
      const yaml = parseYaml(readContent(root, file));
      if (yaml.problems.length) continue;
      const ruleset = readRuleset(new FileReport(file, yaml.lineOf), yaml.value);
      if (!ruleset) continue;
      const r = new FileReport(file, yaml.lineOf);
      if (texts) checkQuestionTexts(r, ruleset, texts);
      checkTutorialLinks(r, ruleset, steps);
      checkScreenNodes(r, ruleset);
      errors.push(...r.errors);
    }
    return { modules: {}, errors };
  },
};

/** The Vietnamese checker texts as flat keys (`checker.q.age.title`), or undefined when unreadable. */
function checkerTexts(root: string): Set<string> | undefined {
  if (!existsSync(join(root, CHECKER_TEXTS))) return new Set();
  const parsed = parseJsonWithLines(readContent(root, CHECKER_TEXTS));
  if ('error' in parsed) return undefined;
  const keys = new Set<string>();
  const walk = (value: unknown, prefix: string) => {
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      for (const [k, v] of Object.entries(value)) walk(v, `${prefix}.${k}`);
    } else if (typeof value === 'string' && value.trim() !== '') keys.add(prefix);
  };
  walk(parsed.value, 'checker');
  return keys;
}

/** Step ids (and former ids) of every tutorial file that parses, keyed by the file's name. */
function tutorialSteps(root: string): Map<string, Set<string> | 'unreadable'> {
  const out = new Map<string, Set<string> | 'unreadable'>();
  for (const file of listFiles(root, 'content/tutorials', ['.yaml', '.yml'])) {
    if (file.split('/').length !== 3) continue;
    const id = (file.split('/').pop() ?? '').replace(/\.ya?ml$/, '');
    const yaml = parseYaml(readContent(root, file));
    const doc = yaml.value as { steps?: unknown } | undefined;
    if (yaml.problems.length || !doc || !Array.isArray(doc.steps)) {
      out.set(id, 'unreadable');
      continue;
    }
    const ids = new Set<string>();
    for (const s of doc.steps as { id?: unknown; aliases?: unknown }[]) {
      if (typeof s?.id === 'string') ids.add(s.id);
      if (Array.isArray(s?.aliases)) for (const a of s.aliases) if (typeof a === 'string') ids.add(a);
    }
    out.set(id, ids);
  }
  return out;
}

function checkQuestionTexts(r: FileReport, ruleset: Ruleset, texts: Set<string>): void {
  for (const q of Object.values(ruleset.questions)) {
    const needed: [string, (string | number)[]][] = [
      ...['title', 'short', 'hint'].map((k): [string, (string | number)[]] => [`checker.q.${q.id}.${k}`, ['questions', q.id]]),
      ...q.options.map((o): [string, (string | number)[]] => [`checker.q.${q.id}.options.${o.id}`, ['questions', q.id, 'options', o.id]]),
    ];
    for (const [key, at] of needed) {
      if (texts.has(key)) continue;
      r.error(
        at,
        at.length > 2 ? `questions.${q.id}.options.${String(at[3])}` : `questions.${q.id}`,
        `no Vietnamese text "${key.slice('checker.'.length)}" in ${CHECKER_TEXTS}`,
        'that text (without it citizens would read the raw key)',
      );
    }
  }
}

function checkTutorialLinks(r: FileReport, ruleset: Ruleset, steps: Map<string, Set<string> | 'unreadable'>): void {
  const check = (links: readonly TutorialLink[], at: (string | number)[], field: string) =>
    links.forEach((link, i) => {
      const own = steps.get(link.tutorial);
      if (own === 'unreadable') return;
      const written = link.step ? `${link.tutorial}/${link.step}` : link.tutorial;
      if (!own) {
        r.error([...at, i], `${field}[${i}]`, `"${written}", a tutorial with no file`, `a file content/tutorials/${link.tutorial}.yaml`);
      } else if (link.step && !own.has(link.step)) {
        r.error(
          [...at, i],
          `${field}[${i}]`,
          `"${written}", a step that tutorial does not have`,
          `one of its steps: ${[...own].join(', ')}`,
        );
      }
    });
  for (const o of Object.values(ruleset.outcomes)) check(o.tutorials, ['outcomes', o.id, 'tutorials'], `outcomes.${o.id}.tutorials`);
  for (const b of Object.values(ruleset.blockers)) check(b.tutorials, ['blockers', b.id, 'tutorials'], `blockers.${b.id}.tutorials`);
}

function checkScreenNodes(r: FileReport, ruleset: Ruleset): void {
  for (const p of screenNodeProblems(ruleset)) {
    if (p.kind === 'missing-question') {
      r.error(['questions'], 'questions', `no question "${p.node}"`, `a question "${p.node}": ${p.usedBy} answers it`);
    } else if (p.kind === 'missing-answer') {
      r.error(
        ['questions', p.node, 'options'],
        `questions.${p.node}.options`,
        `no answer "${p.option}"`,
        `an answer "${p.option}": ${p.usedBy} gives it`,
      );
    } else {
      r.error(
        ['questions', p.node, 'options', p.option],
        `questions.${p.node}.options.${p.option}`,
        `an answer "${p.option}" that ${p.usedBy} cannot give`,
        `only the answers it gives (${p.node === 'age' ? 'under6, age6to13, age14plus' : 'see src/core/eligibility/screen-nodes.ts'})`,
      );
    }
  }
}
