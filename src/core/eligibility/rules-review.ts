import { pick, type Lang } from '../i18n/languages';
import { allPaths } from './analysis';
import { resultOf } from './flow';
import type { Ruleset } from './types';

/**
 * What commune police review before a rule change ships (issue 15): each ruleset drawn as a
 * diagram (questions, answers, outcomes) and one printable page per outcome with its sources and
 * dates. Pure text out of the compiled rules and the checker's wording, so the build writes it and
 * snapshot tests show every content change as a diff.
 */

/** The checker's question wording (content/locales/<lang>/checker.json, `q`). */
export type QuestionTexts = Record<string, { title?: string; short?: string; options?: Record<string, string> }>;

const HEADINGS = {
  vi: {
    rules: 'Quy tắc kiểm tra',
    diagram: 'Sơ đồ câu hỏi và kết luận',
    outcome: 'Kết luận',
    why: 'Lý do',
    source: 'Nguồn',
    checked: 'Kiểm tra lần cuối',
    unconfirmed: 'Chưa được xác nhận',
    blockers: 'Vướng mắc có thể gặp',
    bring: 'Cần mang theo',
    then: 'Các bước tiếp theo',
    paths: 'Những câu trả lời dẫn đến kết luận này',
    valid: 'Hiệu lực',
    from: 'từ',
    until: 'đến',
    notOfficial: 'Tài liệu soạn từ nội dung của hướng dẫn để rà soát, không phải văn bản chính thức của Bộ Công an.',
  },
  en: {
    rules: 'Checker rules',
    diagram: 'Diagram of questions and outcomes',
    outcome: 'Outcome',
    why: 'Why',
    source: 'Source',
    checked: 'Last checked',
    unconfirmed: 'Not confirmed',
    blockers: 'What may stand in the way',
    bring: 'What to bring',
    then: 'Next steps',
    paths: 'The answers that lead to this outcome',
    valid: 'In force',
    from: 'from',
    until: 'until',
    notOfficial: "Made from the guide's content for review; not an official text of the Ministry of Public Security.",
  },
} as const;

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
/** Mermaid node ids: letters, digits and underscores only (a hyphen can read as an edge). */
const node = (kind: 'q' | 'o' | 'dead', id: string) => `${kind}_${id.replace(/[^A-Za-z0-9]/g, '_')}`;
/** Mermaid labels: quotes and brackets would end the label early. */
const label = (s: string) =>
  s
    .replace(/"/g, "'")
    .replace(/[[\]{}()<>|]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

function questionText(texts: QuestionTexts, id: string): string {
  return texts[id]?.title ?? id;
}
function optionText(texts: QuestionTexts, question: string, option: string): string {
  return texts[question]?.options?.[option] ?? option;
}

/**
 * The ruleset as a Mermaid flowchart (renders in code review; readable as text). One node per
 * question and outcome; each rule is an edge labelled with the answers it takes ("otherwise" when
 * it has no condition on this question).
 */
export function rulesDiagram(ruleset: Ruleset, lang: Lang, texts: QuestionTexts): string {
  const lines = ['flowchart TD'];
  for (const q of Object.values(ruleset.questions)) lines.push(`  ${node('q', q.id)}{"${label(questionText(texts, q.id))}"}`);
  for (const o of Object.values(ruleset.outcomes)) lines.push(`  ${node('o', o.id)}["${label(pick(o.title, lang))}"]`);
  // Every route, so each edge says exactly which answers take it (rules may read earlier answers).
  const edges = new Map<string, Set<string>>();
  for (const path of allPaths(ruleset)) {
    path.steps.forEach((step, i) => {
      const next = path.steps[i + 1];
      const to = next ? node('q', next.question) : node(path.end.kind === 'outcome' ? 'o' : 'dead', path.end.id);
      const key = `${node('q', step.question)} --> ${to}`;
      const set = edges.get(key) ?? new Set<string>();
      set.add(optionText(texts, step.question, step.answer));
      edges.set(key, set);
    });
  }
  for (const [key, answers] of [...edges].sort(([a], [b]) => a.localeCompare(b))) {
    const [from, to] = key.split(' --> ');
    lines.push(`  ${from} -->|"${label([...answers].join(' / '))}"| ${to}`);
  }
  return lines.join('\n') + '\n';
}

/** One outcome as a printable section: title, why, sources and dates, blockers, bring, next steps, and the answers leading there. */
export function outcomePage(ruleset: Ruleset, outcomeId: string, lang: Lang, texts: QuestionTexts): string {
  const h = HEADINGS[lang];
  const o = ruleset.outcomes[outcomeId];
  if (!o) throw new Error(`no outcome ${outcomeId} in ${ruleset.id}`);
  const paths = allPaths(ruleset).filter((p) => p.end.kind === 'outcome' && p.end.id === outcomeId);
  const out: string[] = [];
  out.push(`<section class="outcome" id="${escape(o.id)}" data-outcome="${escape(o.id)}">`);
  out.push(`<h2>${h.outcome}: ${escape(pick(o.title, lang))}</h2>`);
  out.push(`<p><strong>${h.why}:</strong> ${escape(pick(o.why, lang))}</p>`);
  out.push(`<p><strong>${h.source}:</strong> ${escape(o.source)}. <strong>${h.checked}:</strong> ${o.lastChecked}</p>`);
  if (o.unconfirmed) out.push(`<p class="unconfirmed"><strong>${h.unconfirmed}:</strong> ${escape(pick(o.unconfirmed, lang))}</p>`);
  const blockers = o.blockers.map((id) => ruleset.blockers[id]).filter((b) => b !== undefined);
  if (blockers.length) {
    out.push(`<h3>${h.blockers}</h3>`, '<ul>');
    for (const b of blockers) {
      const unconfirmed = b.unconfirmed ? ` <em>${h.unconfirmed}: ${escape(pick(b.unconfirmed, lang))}</em>` : '';
      out.push(
        `<li><strong>${escape(pick(b.title, lang))}</strong>. ${escape(pick(b.clear, lang))} (${h.source}: ${escape(b.source)}; ${h.checked}: ${b.lastChecked})${unconfirmed}</li>`,
      );
    }
    out.push('</ul>');
  }
  const bring = o.bring.map((id) => ruleset.bring[id]).filter((b) => b !== undefined);
  if (bring.length) {
    out.push(`<h3>${h.bring}</h3>`, '<ul>');
    for (const b of bring) out.push(`<li>${escape(pick(b.text, lang))}${b.unconfirmed ? ` <em>(${h.unconfirmed})</em>` : ''}</li>`);
    out.push('</ul>');
  }
  if (o.then.length) {
    out.push(`<h3>${h.then}</h3>`, '<ol>');
    for (const step of o.then) out.push(`<li>${escape(pick(step, lang))}</li>`);
    out.push('</ol>');
  }
  out.push(`<h3>${h.paths}</h3>`, '<ul>');
  for (const path of paths) {
    const shown = resultOf(ruleset, { steps: path.steps, next: path.end })?.blockers.map((b) => pick(b.title, lang)) ?? [];
    const answers = path.steps
      .map((s) => `${texts[s.question]?.short ?? s.question}: ${optionText(texts, s.question, s.answer)}`)
      .join('; ');
    out.push(`<li>${escape(answers)}${shown.length ? ` → ${escape(shown.join('; '))}` : ''}</li>`);
  }
  out.push('</ul>', '</section>');
  return out.join('\n') + '\n';
}

/** The review pages' stylesheet, written next to them (dist/quy-tac/review.css) by the build. */
export const REVIEW_CSS_FILE = 'review.css';
export const REVIEW_CSS =
  'body{font-family:system-ui,sans-serif;line-height:1.5;max-width:48rem;margin:0 auto;padding:1rem;overflow-wrap:anywhere}' +
  '.outcome{break-inside:avoid-page;border-top:2px solid #000;margin-top:1.5rem}' +
  '.unconfirmed{background:#fff4e5;padding:.25rem .5rem}pre{white-space:pre-wrap;font-size:.8rem}' +
  '@media print{.outcome{break-before:page}}\n';

/** The whole ruleset as one printable page: what it is, its diagram's source, and every outcome. */
export function rulesReviewPage(ruleset: Ruleset, lang: Lang, texts: QuestionTexts): string {
  const h = HEADINGS[lang];
  const validity = `${h.from} ${ruleset.validFrom}${ruleset.validUntil ? ` ${h.until} ${ruleset.validUntil}` : ''}`;
  return [
    '<!doctype html>',
    `<html lang="${lang}">`,
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h.rules}: ${escape(pick(ruleset.name, lang))}</title>`,
    // A file next to the page, not an inline <style>: the server's CSP allows no inline style.
    `<link rel="stylesheet" href="${REVIEW_CSS_FILE}">`,
    // The app's icon, so the browser does not ask for a /favicon.ico the server does not have.
    '<link rel="icon" href="/icons/icon.svg" type="image/svg+xml">',
    '</head>',
    '<body>',
    '<main>',
    `<h1>${h.rules}: ${escape(pick(ruleset.name, lang))}</h1>`,
    `<p>${escape(pick(ruleset.legalBasis, lang))}</p>`,
    `<p><strong>${h.valid}:</strong> ${validity}. <strong>${h.source}:</strong> ${escape(ruleset.source)}. <strong>${h.checked}:</strong> ${ruleset.lastChecked}</p>`,
    ruleset.unconfirmed ? `<p class="unconfirmed"><strong>${h.unconfirmed}:</strong> ${escape(pick(ruleset.unconfirmed, lang))}</p>` : '',
    `<p><em>${h.notOfficial}</em></p>`,
    `<h2>${h.diagram}</h2>`,
    `<pre class="mermaid">${escape(rulesDiagram(ruleset, lang, texts))}</pre>`,
    ...Object.keys(ruleset.outcomes).map((id) => outcomePage(ruleset, id, lang, texts)),
    '</main>',
    '</body>',
    '</html>',
    '',
  ]
    .filter((line) => line !== '')
    .join('\n');
}
