import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledContent, ContentCollection } from './collection';
import type { ContentError } from './errors';
import { listFiles } from './files';

/**
 * One term per thing (issue 13, "Wording"): an older citizen who reads "đường dẫn" on one screen and
 * "liên kết" on the next wonders whether they are two things. Each entry names the term the content
 * uses and the variants the build refuses in Vietnamese texts, with the file and line.
 * `allowed` keeps what must stay: the VNeID app's own button names, quoted to match the phone.
 */
interface Term {
  use: string;
  refuse: RegExp;
  allowed?: RegExp;
  why: string;
}

export const TERMS: readonly Term[] = [
  {
    use: 'đường link',
    refuse: /đường dẫn|liên kết/giu,
    // "Hủy liên kết" (unlink a device) is the app's button name, a different thing from a web link.
    allowed: /hủy liên kết/giu,
    why: 'a web address is called "đường link" everywhere (the police\'s scam warnings use that word)',
  },
  {
    use: 'kiosk',
    refuse: /ki-ốt/giu,
    why: 'the tablet in the cultural house is called "kiosk" everywhere',
  },
];

/** Where Vietnamese texts citizens read live (locale tables, tutorials, rules, site facts). */
const TEXT_DIRS = ['content/locales/vi', 'content/tutorials', 'content/rules', 'content/site'];

export const wordingCollection: ContentCollection = {
  name: 'wording',
  compile(root): CompiledContent {
    const errors: ContentError[] = [];
    for (const dir of TEXT_DIRS)
      for (const file of listFiles(root, dir, ['.json', '.yaml', '.yml'])) {
        const lines = readFileSync(join(root, file), 'utf8').split('\n');
        lines.forEach((text, i) => {
          for (const problem of wordingProblems(vietnameseOnly(text)))
            errors.push({ file, line: i + 1, field: 'wording', found: `"${problem.found}"`, expected: `"${problem.use}": ${problem.why}` });
        });
      }
    return { modules: {}, errors };
  },
};

/** English lines of bilingual YAML (`en: ...`) are not checked; everything else may be Vietnamese. */
function vietnameseOnly(line: string): string {
  return /^\s*(-\s+)?en:/u.test(line) ? '' : line;
}

export function wordingProblems(text: string): { found: string; use: string; why: string }[] {
  const problems: { found: string; use: string; why: string }[] = [];
  for (const term of TERMS) {
    const kept = term.allowed ? text.replace(term.allowed, '') : text;
    for (const match of kept.matchAll(term.refuse)) problems.push({ found: match[0], use: term.use, why: term.why });
  }
  return problems;
}
