import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../../src/build/content/errors';
import { rulesCollection } from '../../../src/build/content/rules';
import { loadRulesets } from './load-rulesets';
import { tempDir } from '../support/temp-dir';

function compile(files: Record<string, string>): string[] {
  const root = tempDir('rules-');
  mkdirSync(join(root, 'content/rules'), { recursive: true });
  for (const [name, text] of Object.entries(files)) writeFileSync(join(root, 'content/rules', name), text);
  // Sorted by line as the build prints them (compileContent sorts every collection's errors).
  return rulesCollection
    .compile(root)
    .errors.sort((a, b) => a.line - b.line)
    .map(formatContentError);
}

/** A small, valid ruleset; tests replace lines in it. Line numbers matter: keep it as is. */
const GOOD = `id: new-decree
name: Nghị định mới
legalBasis: Căn cứ
source: Nguồn
validFrom: 2024-07-01
lastChecked: 2026-11-22
start: nationality
questions:
  nationality:
    code: n
    options:
      vn: v
      foreign: f
    next:
      - when: { nationality: foreign }
        outcome: foreign
      - outcome: ok
outcomes:
  foreign:
    title: Không áp dụng
    why: Vì
    source: Nguồn
    lastChecked: 2026-11-22
    tutorials: [fix-problems]
  ok:
    title: Bạn có thể
    why: Vì
    source: Nguồn
    lastChecked: 2026-11-22
    blockers: [b]
    bring: [card]
    waitingDays: 1
    tutorials: [install, register-level1/nfc]
    place: help
blockers:
  b:
    when: { nationality: vn }
    title: Cản trở
    clear: Cách gỡ
    source: Nguồn
    lastChecked: 2026-11-22
bring:
  card:
    text: Thẻ
`;

describe('rules collection', () => {
  it('compiles the real content/rules with no error, sorted by validFrom', async () => {
    expect((await loadRulesets()).map((r) => r.id)).toEqual(['decree-59-2022', 'decree-69-2024']);
  });

  it('accepts the small valid ruleset', () => {
    expect(compile({ 'new-decree.yaml': GOOD })).toEqual([]);
  });

  it('lists every field error at once, with file, line, what was found and what was expected', () => {
    const bad = GOOD.replace('    tutorials: [install, register-level1/nfc]', '    tutorials: [instal]')
      .replace('    place: help', '    place: police')
      .replace('    waitingDays: 1', '    waitingDays: 2')
      .replace('    blockers: [b]', '    blockers: [b, nope]')
      .replace('    when: { nationality: vn }', '    when: { nationality: vietnam }')
      .replace(
        '    why: Vì\n    source: Nguồn\n    lastChecked: 2026-11-22\n    tutorials: [fix-problems]',
        '    whyy: Vì\n    source: Nguồn\n    lastChecked: 2026-11-22\n    tutorials: [fix-problems]',
      );
    const f = 'content/rules/new-decree.yaml';
    expect(compile({ 'new-decree.yaml': bad })).toEqual([
      `${f}:19: outcomes.foreign.why: found nothing, expected a text (Vietnamese; English under en: when you have it)`,
      `${f}:21: whyy: found an unknown field, expected one of title, why, source, lastChecked, unconfirmed, blockers, bring, waitingDays, then, tutorials, place`,
      `${f}:30: outcomes.ok.blockers[1]: found "nope", expected one of the blockers defined in this file: b`,
      `${f}:32: outcomes.ok.waitingDays: found 2, expected 1, 3 or 7 (working days)`,
      `${f}:33: outcomes.ok.tutorials[0]: found "instal", expected a tutorial id (install, register-level1, activate, level2-police, portal-login, add-documents, child-account, fix-problems, change-phone), optionally /<step>`,
      `${f}:34: outcomes.ok.place: found "police", expected one of level2, card, help`,
      `${f}:37: blockers.b.when.nationality: found "vietnam", expected answers of nationality: vn, foreign`,
    ]);
  });

  it('refuses a combination of answers without an outcome', () => {
    const bad = GOOD.replace('      foreign: f\n', '      foreign: f\n      stateless: s\n').replace(
      '      - outcome: ok\n',
      '      - when: { nationality: vn }\n        outcome: ok\n',
    );
    expect(compile({ 'new-decree.yaml': bad })).toEqual([
      'content/rules/new-decree.yaml:15: questions.nationality.next: found no rule for the answers nationality=stateless, expected a rule for every answer (end with a rule without when)',
    ]);
  });

  it('refuses a rule target that does not exist, and an "otherwise" rule that is not last', () => {
    const bad = GOOD.replace('      - outcome: ok\n', '      - outcome: okay\n').replace(
      '      - when: { nationality: foreign }\n        outcome: foreign\n',
      '      - outcome: foreign\n      - when: { nationality: foreign }\n        outcome: foreign\n',
    );
    const errors = compile({ 'new-decree.yaml': bad });
    expect(errors).toContain(
      'content/rules/new-decree.yaml:15: questions.nationality.next[0]: found a rule without when (otherwise) before other rules, expected the rule without when to come last',
    );
    expect(errors).toContain(
      'content/rules/new-decree.yaml:18: questions.nationality.next[2].outcome: found "okay", expected one of the outcomes defined in this file: foreign, ok',
    );
  });

  it('requires the file name to match the id', () => {
    expect(compile({ 'other-name.yaml': GOOD })).toEqual([
      'content/rules/other-name.yaml:1: id: found "new-decree", expected the file name without .yaml ("other-name")',
    ]);
  });

  it('requires each ruleset to end the day before the next one starts', () => {
    const old = GOOD.replace('id: new-decree', 'id: old-decree').replace(
      'validFrom: 2024-07-01',
      'validFrom: 2022-10-20\nvalidUntil: 2024-07-01',
    );
    expect(compile({ 'new-decree.yaml': GOOD, 'old-decree.yaml': old })).toEqual([
      'content/rules/old-decree.yaml:6: validUntil: found 2024-07-01, expected 2024-06-30, the day before content/rules/new-decree.yaml takes effect',
    ]);
  });

  it('requires link codes to mean the same in every ruleset', () => {
    const old = GOOD.replace('id: new-decree', 'id: old-decree')
      .replace('validFrom: 2024-07-01', 'validFrom: 2022-10-20\nvalidUntil: 2024-06-30')
      .replace('      vn: v', '      vn: x');
    expect(compile({ 'new-decree.yaml': GOOD, 'old-decree.yaml': old })).toEqual([
      'content/rules/new-decree.yaml:12: questions.nationality.options.vn: found "v", expected "x", its code in content/rules/old-decree.yaml',
    ]);
  });

  it('reports a YAML syntax error with its line', () => {
    const errors = compile({ 'new-decree.yaml': GOOD.replace('    code: n', '    code: [n') });
    expect(errors[0]).toMatch(/^content\/rules\/new-decree\.yaml:\d+: YAML: found .+, expected valid YAML$/);
  });
});
