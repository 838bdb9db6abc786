import { describe, expect, it } from 'vitest';
import checker from 'virtual:content/locale/vi/checker';
import { rulesets } from 'virtual:content/rules';
import { optionText, questionText } from '../../../src/app/screens/checker/question-texts';

// Question and option ids come from content/rules: the type checker cannot see them, so this test
// holds the checker's texts to every question and option of every ruleset.

describe('checker question texts', () => {
  const questions = rulesets.flatMap((r) => Object.values(r.questions).map((q) => ({ ruleset: r.id, q })));

  it('covers every ruleset', () => expect(new Set(questions.map((x) => x.ruleset)).size).toBe(rulesets.length));

  it('has a title, short form and hint in Vietnamese for every question and a text for every option', () => {
    const missing = questions.flatMap(({ ruleset, q }) =>
      [...(['title', 'short', 'hint'] as const).map((part) => questionText(q.id, part)), ...q.options.map((o) => optionText(q.id, o.id))]
        .filter((key) => !checker[key])
        .map((key) => `${ruleset}: ${key}`),
    );
    expect(missing).toEqual([]);
  });
});
