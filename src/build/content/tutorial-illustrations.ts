/**
 * Tutorial illustrations are hand-drawn SVG phone-screen mock-ups in content/tutorials/illustrations/.
 * They are inlined into each tutorial's lazily loaded module (so they are precached with it and
 * work offline with no extra request), which means their markup lands in the page: anything that
 * could run, fetch or restyle the page is refused, and each file must stay small.
 */
export const ILLUSTRATION_DIR = 'content/tutorials/illustrations';
export const MAX_ILLUSTRATION_BYTES = 4096;

export interface IllustrationProblem {
  line: number;
  field: string;
  found: string;
  expected: string;
}

const FORBIDDEN: readonly { pattern: RegExp; what: string; expected: string }[] = [
  { pattern: /<script\b/i, what: 'a <script>', expected: 'drawing only (no scripts)' },
  {
    pattern: /<style\b/i,
    what: 'a <style> element',
    expected: 'presentation attributes on shapes, like fill="..." (a <style> element restyles the whole page)',
  },
  { pattern: /<foreignObject\b/i, what: 'a <foreignObject>', expected: 'SVG shapes and text only' },
  {
    pattern: /<(image|use|a|iframe|animate\w*|set)\b/i,
    what: 'a linking or animated element',
    expected: 'shapes and text only (no images, links or animation)',
  },
  { pattern: /\s(?:xlink:)?href\s*=/i, what: 'a link (href)', expected: 'no references to other files or pages' },
  { pattern: /\son[a-z]+\s*=/i, what: 'an event handler (on...=)', expected: 'drawing only (no scripts)' },
  {
    pattern: /\sstyle\s*=/i,
    what: 'a style attribute',
    expected: 'presentation attributes (fill="...", stroke="..."): the page\'s security policy blocks inline styles',
  },
  { pattern: /\sid\s*=/i, what: 'an id attribute', expected: 'no ids (two pictures on one page would clash)' },
  { pattern: /url\s*\(/i, what: 'a url(...) reference', expected: 'plain colours (no references)' },
  { pattern: /<!(DOCTYPE|ENTITY)/i, what: 'a DOCTYPE or ENTITY', expected: 'a plain <svg> file' },
];

/** Checks one SVG file and returns its markup made compact for inlining, or the problems found. */
export function checkIllustration(text: string): { markup?: string; problems: IllustrationProblem[] } {
  const problems: IllustrationProblem[] = [];
  const lineAt = (index: number) => text.slice(0, Math.max(0, index)).split('\n').length;
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_ILLUSTRATION_BYTES) {
    problems.push({
      line: 1,
      field: 'size',
      found: `${bytes} bytes`,
      expected: `at most ${MAX_ILLUSTRATION_BYTES} bytes (small enough to precache)`,
    });
  }
  const body = text
    .replace(/^\uFEFF/, '')
    .replace(/<\?xml[^>]*\?>/, '')
    .replace(/<!--[\s\S]*?-->/g, '')
    .trim();
  const open = /^<svg\b[^>]*>/i.exec(body);
  if (!open) {
    problems.push({ line: 1, field: 'svg', found: 'no <svg> element at the start', expected: 'a file that starts with <svg ...>' });
  } else {
    if (!/\sviewBox\s*=\s*"[\d.\s-]+"/.test(open[0])) {
      problems.push({
        line: lineAt(text.indexOf('<svg')),
        field: 'viewBox',
        found: 'nothing',
        expected: 'viewBox="0 0 width height" (so the picture scales with the text)',
      });
    }
    if (!/<\/svg>$/i.test(body))
      problems.push({ line: lineAt(text.length), field: 'svg', found: 'no closing </svg> at the end', expected: 'one <svg> element' });
  }
  for (const rule of FORBIDDEN) {
    const m = rule.pattern.exec(text);
    if (m) problems.push({ line: lineAt(m.index), field: 'markup', found: rule.what, expected: rule.expected });
  }
  if (problems.length) return { problems };
  return { markup: body.replace(/>\s+</g, '><').replace(/\s*\n\s*/g, ' '), problems };
}
