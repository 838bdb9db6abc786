import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outcomePage, rulesDiagram, rulesReviewPage, type QuestionTexts } from '../../../src/core/eligibility/rules-review';
import { LANGUAGES } from '../../../src/core/i18n/languages';
import { writeRulesReview } from '../../../src/build/rules-review-pages';
import { RULESETS } from './load-rulesets';
import { tempDir } from '../support/temp-dir';

/**
 * The pages commune police review (issue 15): every outcome page of every ruleset in both languages,
 * and each ruleset's diagram, kept as files under __snapshots__/rules-review. A content change shows
 * up as a visible diff in review, never silently (`npx vitest run -u` after checking the diff).
 */
const texts = (lang: string) => (JSON.parse(readFileSync(`content/locales/${lang}/checker.json`, 'utf8')) as { q: QuestionTexts }).q;

describe.each(RULESETS.map((r) => [r.id, r] as const))('%s review pages', (id, ruleset) => {
  it.each(LANGUAGES)('the diagram and every outcome page in %s match their snapshots', async (lang) => {
    if (lang === 'vi')
      await expect(rulesDiagram(ruleset, lang, texts(lang))).toMatchFileSnapshot(`__snapshots__/rules-review/${id}/diagram.mmd`);
    for (const outcome of Object.keys(ruleset.outcomes))
      await expect(outcomePage(ruleset, outcome, lang, texts(lang))).toMatchFileSnapshot(
        `__snapshots__/rules-review/${id}/${outcome}.${lang}.html`,
      );
  });

  it('every question and outcome is drawn, with every answer on some edge', () => {
    const diagram = rulesDiagram(ruleset, 'vi', texts('vi'));
    for (const q of Object.values(ruleset.questions)) {
      expect(diagram).toContain(`q_${q.id.replace(/\W/g, '_')}{`);
      const asLabel = (t: string) =>
        t
          .replace(/"/g, "'")
          .replace(/[[\]{}()<>|]/g, ' ')
          .replace(/\s+/g, ' ')
          .trim();
      for (const o of q.options) expect(diagram, `${q.id}.${o.id}`).toContain(asLabel(texts('vi')[q.id]?.options?.[o.id] ?? '?'));
    }
    for (const o of Object.keys(ruleset.outcomes)) expect(diagram).toContain(`o_${o.replace(/\W/g, '_')}[`);
  });

  it('each outcome page gives its sources and last-checked dates, and says what is unconfirmed', () => {
    for (const o of Object.values(ruleset.outcomes)) {
      const page = outcomePage(ruleset, o.id, 'vi', texts('vi'));
      expect(page).toContain(`Kiểm tra lần cuối:</strong> ${o.lastChecked}`);
      expect(page).toContain('Nguồn:');
      if (o.unconfirmed) expect(page).toContain(o.unconfirmed.vi.replace(/&/g, '&amp;').slice(0, 20));
      for (const b of o.blockers) expect(page).toContain(ruleset.blockers[b]?.lastChecked ?? 'missing');
    }
  });

  it('the printable page is Vietnamese, names the decree and holds every outcome', () => {
    const page = rulesReviewPage(ruleset, 'vi', texts('vi'));
    expect(page).toContain('<html lang="vi">');
    expect(page).toContain(ruleset.name.vi);
    for (const o of Object.keys(ruleset.outcomes)) expect(page).toContain(`data-outcome="${o}"`);
  });
});

describe('the build step', () => {
  it('writes the printable pages (vi, en) and the diagram of every ruleset', () => {
    const dir = tempDir('rules-review-');
    writeRulesReview(process.cwd(), dir);
    const files = readdirSync(dir).sort();
    expect(files).toEqual(['review.css', ...RULESETS.flatMap((r) => [`${r.id}.en.html`, `${r.id}.mmd`, `${r.id}.vi.html`])].sort());
    for (const r of RULESETS) {
      const page = readFileSync(join(dir, `${r.id}.vi.html`), 'utf8');
      expect(page).toContain('<html lang="vi">');
      // The server's CSP has no 'unsafe-inline': the style comes from review.css, never inline.
      expect(page).not.toMatch(/<style|\sstyle=/);
      expect(page).toContain('<link rel="stylesheet" href="review.css">');
    }
  });
});
