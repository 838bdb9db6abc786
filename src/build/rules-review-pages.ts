import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { REVIEW_CSS, REVIEW_CSS_FILE, rulesDiagram, rulesReviewPage, type QuestionTexts } from '../core/eligibility/rules-review';
import { LANGUAGES } from '../core/i18n/languages';
import { compiledRulesets } from './content/rules-compiled';

/**
 * After the app's build: every ruleset as pages commune police can review before a rule change
 * ships (issue 15), written to dist/quy-tac/: <ruleset>.vi.html (printable, one outcome a page),
 * <ruleset>.en.html, <ruleset>.mmd (the diagram's Mermaid source, drawn by code review tools) and
 * review.css (the pages' style: the server's CSP refuses inline styles).
 * Run by `npm run build`; fails the build when a ruleset has no outcome page.
 */
export function writeRulesReview(root = process.cwd(), outDir = join(root, 'dist', 'quy-tac')): string[] {
  const rulesets = compiledRulesets(root);
  if (rulesets.length === 0) throw new Error('rules review: no ruleset in content/rules');
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, REVIEW_CSS_FILE), REVIEW_CSS);
  const written: string[] = [REVIEW_CSS_FILE];
  for (const ruleset of rulesets) {
    for (const lang of LANGUAGES) {
      const texts = (JSON.parse(readFileSync(join(root, 'content/locales', lang, 'checker.json'), 'utf8')) as { q: QuestionTexts }).q;
      const page = rulesReviewPage(ruleset, lang, texts);
      for (const id of Object.keys(ruleset.outcomes))
        if (!page.includes(`data-outcome="${id}"`)) throw new Error(`rules review: ${ruleset.id} has no page for outcome ${id}`);
      writeFileSync(join(outDir, `${ruleset.id}.${lang}.html`), page);
      written.push(`${ruleset.id}.${lang}.html`);
      if (lang === 'vi') {
        writeFileSync(join(outDir, `${ruleset.id}.mmd`), rulesDiagram(ruleset, lang, texts));
        written.push(`${ruleset.id}.mmd`);
      }
    }
  }
  return written;
}

if (process.argv[1] && /rules-review-pages\.ts$/.test(process.argv[1])) {
  const files = writeRulesReview();
  console.log(`rules review: ${files.length} files in dist/quy-tac (${files.join(', ')})`);
}
