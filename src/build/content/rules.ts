import { checkFlow, type FlowProblem } from '../../core/eligibility/analysis';
import { LANGUAGES } from '../../core/i18n/languages';
import type { Answers, Ruleset } from '../../core/eligibility/types';
import type { CompiledContent, ContentCollection } from './collection';
import { dataModule } from './collection';
import type { ContentError } from './errors';
import { listFiles, readContent } from './files';
import { inLanguage } from './localized';
import { FileReport } from './report';
import { readRuleset } from './rules-read';
import { parseYaml } from './yaml';

/**
 * content/rules/<decree>.yaml → `virtual:content/rules`: `rulesets`, sorted by validFrom. Besides
 * each file's fields, the build walks every route through every ruleset (no combination of answers
 * without an outcome, nothing unreachable), checks that the validity periods follow each other
 * without gap or overlap, and that link codes mean the same in every ruleset (a link shared under
 * one decree must read the same under the next).
 */
export const rulesCollection: ContentCollection = {
  name: 'rules',
  compile(root): CompiledContent {
    const errors: ContentError[] = [];
    const read: { file: string; report: FileReport; ruleset: Ruleset }[] = [];
    const files = listFiles(root, 'content/rules', ['.yaml', '.yml']);
    if (files.length === 0) {
      errors.push({
        file: 'content/rules',
        line: 1,
        field: 'files',
        found: 'no ruleset',
        expected: 'at least one content/rules/<decree>.yaml',
      });
    }
    for (const file of files) {
      const yaml = parseYaml(readContent(root, file));
      const report = new FileReport(file, yaml.lineOf);
      for (const p of yaml.problems) report.error(p.line, 'YAML', p.message, 'valid YAML');
      const ruleset = yaml.problems.length ? undefined : readRuleset(report, yaml.value);
      if (ruleset) {
        const base = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
        if (ruleset.id !== base) report.error(['id'], 'id', `"${ruleset.id}"`, `the file name without .yaml ("${base}")`);
        for (const problem of firstOfEachKind(checkFlow(ruleset))) flowError(report, problem);
        if (!report.errors.length) read.push({ file, report, ruleset });
      }
      errors.push(...report.errors);
    }
    read.sort((a, b) => a.ruleset.validFrom.localeCompare(b.ruleset.validFrom));
    checkPeriods(read);
    checkSharedCodes(read);
    for (const { report } of read) errors.push(...report.errors);
    if (errors.length) return { modules: {}, errors };
    const rulesets = read.map((x) => x.ruleset);
    const modules: Record<string, string> = { rules: dataModule(rulesets, 'rulesets') };
    // The app loads one language's copy (the texts are ~40% of the rules): see inLanguage().
    for (const lang of LANGUAGES) modules[`rules/${lang}`] = dataModule(inLanguage(rulesets, lang), 'rulesets');
    return { modules, errors };
  },
};

function answersText(answers: Answers): string {
  const parts = Object.entries(answers).map(([q, a]) => `${q}=${a}`);
  return parts.length ? parts.join(', ') : 'no earlier answer';
}

function flowError(r: FileReport, p: FlowProblem): void {
  switch (p.kind) {
    case 'dead-end':
      r.error(
        ['questions', p.question, 'next'],
        `questions.${p.question}.next`,
        `no rule for the answers ${answersText(p.answers)}`,
        'a rule for every answer (end with a rule without when)',
      );
      break;
    case 'loop':
      r.error(
        ['questions', p.question],
        `questions.${p.question}`,
        `a route that comes back to this question (${answersText(p.answers)})`,
        'routes that always go on to a new question or an outcome',
      );
      break;
    case 'unasked-condition':
      r.error(
        ['questions', p.question, 'next'],
        `questions.${p.question}.next`,
        `a rule that reads ${p.node}, not asked on the route ${answersText(p.answers)}`,
        `rules that read only answers given before (decide that route with an earlier rule)`,
      );
      break;
    case 'unreachable-question':
      r.error(['questions', p.question], `questions.${p.question}`, 'a question no route reaches', 'a rule leading to it, or remove it');
      break;
    case 'unreachable-outcome':
      r.error(['outcomes', p.outcome], `outcomes.${p.outcome}`, 'an outcome no route reaches', 'a rule leading to it, or remove it');
      break;
    case 'pointless-question':
      r.error(
        ['questions', p.question],
        `questions.${p.question}`,
        `a question whose answer cannot change the outcome after ${answersText(p.answers)}, whatever is answered later`,
        'a question asked only where some answer changes the outcome (decide that route with an earlier rule)',
      );
      break;
    case 'blocker-never-shown':
      r.error(
        ['outcomes', p.outcome, 'blockers'],
        `outcomes.${p.outcome}.blockers`,
        `${p.blocker}, whose condition holds on no route to this outcome`,
        'only blockers that can apply to someone reaching this outcome',
      );
      break;
    case 'unknown-target':
      break; // already reported while reading the file, at the rule itself
  }
}

/** One message per problem and place is enough: the same dead end can show up on hundreds of routes. */
function firstOfEachKind(problems: FlowProblem[]): FlowProblem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.kind}:${'question' in p ? p.question : ''}:${'node' in p ? p.node : ''}:${'outcome' in p ? p.outcome : ''}:${'blocker' in p ? p.blocker : ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Each ruleset ends the day before the next one starts: no day judged by two decrees, or by none. */
function checkPeriods(read: { file: string; report: FileReport; ruleset: Ruleset }[]): void {
  read.forEach((cur, i) => {
    const next = read[i + 1];
    if (!next) return;
    const want = dayBefore(next.ruleset.validFrom);
    if (cur.ruleset.validUntil !== want) {
      cur.report.error(
        ['validUntil'],
        'validUntil',
        cur.ruleset.validUntil ?? 'nothing',
        `${want}, the day before ${next.file} takes effect`,
      );
    }
  });
  const last = read[read.length - 1];
  if (last?.ruleset.validUntil !== undefined) {
    last.report.error(
      ['validUntil'],
      'validUntil',
      last.ruleset.validUntil,
      'no validUntil on the newest ruleset (the rules in force today)',
    );
  }
}

/** A shared link read under another ruleset must mean the same: codes never change meaning. */
function checkSharedCodes(read: { file: string; report: FileReport; ruleset: Ruleset }[]): void {
  const questionCode = new Map<string, { code: string; file: string }>();
  const codeQuestion = new Map<string, { id: string; file: string }>();
  const optionCode = new Map<string, { code: string; file: string }>();
  const codeOption = new Map<string, { id: string; file: string }>();
  for (const { file, report, ruleset } of read) {
    for (const q of Object.values(ruleset.questions)) {
      const seenCode = questionCode.get(q.id);
      if (seenCode && seenCode.code !== q.code)
        report.error(
          ['questions', q.id, 'code'],
          `questions.${q.id}.code`,
          `"${q.code}"`,
          `"${seenCode.code}", its code in ${seenCode.file}`,
        );
      else questionCode.set(q.id, { code: q.code, file });
      const seenId = codeQuestion.get(q.code);
      if (seenId && seenId.id !== q.id)
        report.error(
          ['questions', q.id, 'code'],
          `questions.${q.id}.code`,
          `"${q.code}"`,
          `a letter not used for ${seenId.id} in ${seenId.file}`,
        );
      else codeQuestion.set(q.code, { id: q.id, file });
      for (const opt of q.options) {
        const where = ['questions', q.id, 'options', opt.id];
        const field = `questions.${q.id}.options.${opt.id}`;
        const c = optionCode.get(`${q.id}/${opt.id}`);
        if (c && c.code !== opt.code) report.error(where, field, `"${opt.code}"`, `"${c.code}", its code in ${c.file}`);
        else optionCode.set(`${q.id}/${opt.id}`, { code: opt.code, file });
        const o = codeOption.get(`${q.id}/${opt.code}`);
        if (o && o.id !== opt.id) report.error(where, field, `"${opt.code}"`, `a code not used for ${o.id} in ${o.file}`);
        else codeOption.set(`${q.id}/${opt.code}`, { id: opt.id, file });
      }
    }
  }
}

function dayBefore(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
