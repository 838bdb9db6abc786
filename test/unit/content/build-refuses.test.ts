import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../src/build/content/compile';
import { encodingProblem, firstInvalidUtf8 } from '../../../src/build/content/encoding';
import { formatContentError } from '../../../src/build/content/errors';
import { tempDir } from '../support/temp-dir';

/**
 * What a new organizer might do to the real content, tried through the same compile the build
 * runs: each mistake must stop the build with `file:line` errors, not ship.
 */
function realContentWith(edit: (root: string) => void): string[] {
  const root = tempDir('vneid-refuses-');
  cpSync(join(process.cwd(), 'content'), join(root, 'content'), { recursive: true });
  edit(root);
  return compileContent(root).errors.map(formatContentError);
}

function change(root: string, file: string, from: string | RegExp, to: string): void {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: nothing to change for ${String(from)}`);
  writeFileSync(path, next);
}

function lineOf(root: string, file: string, needle: string): number {
  const text = readFileSync(join(root, file), 'utf8');
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`${file}: no ${needle}`);
  return text.slice(0, at).split('\n').length;
}

const RULES = 'content/rules/decree-69-2024.yaml';

// Each test copies and compiles the whole content folder: seconds on a loaded machine.
describe('the build refuses what cannot be right', { timeout: 120_000 }, () => {
  it('a checker answer added without its Vietnamese text', () => {
    let line = 0;
    const errors = realContentWith((root) => {
      change(root, RULES, /( {2}phone:\n {4}code: p\n {4}options:\n)/, '$1      tablet: t\n');
      line = lineOf(root, RULES, '      tablet: t');
    });
    expect(errors).toEqual([
      `${RULES}:${line}: questions.phone.options.tablet: found no Vietnamese text "q.phone.options.tablet" in content/locales/vi/checker.json, expected that text (without it citizens would read the raw key)`,
    ]);
  });

  it('a question whose title was deleted from the Vietnamese texts', () => {
    let line = 0;
    const errors = realContentWith((root) => {
      change(root, 'content/locales/vi/checker.json', /"title": "Số điện thoại của bạn có đứng tên bạn không\?",\n\s*/, '');
      line = lineOf(root, RULES, '  sim:\n');
    });
    expect(errors).toContain(
      `${RULES}:${line}: questions.sim: found no Vietnamese text "q.sim.title" in content/locales/vi/checker.json, expected that text (without it citizens would read the raw key)`,
    );
  });

  it('a rule linking a tutorial step that does not exist', () => {
    let line = 0;
    const errors = realContentWith((root) => {
      change(root, RULES, 'tutorials: [register-level1/qr-scan]', 'tutorials: [register-level1/qr]');
      line = lineOf(root, RULES, 'tutorials: [register-level1/qr]');
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(
      new RegExp(
        `^${RULES}:${line}: blockers\\.[a-z-]+\\.tutorials\\[0\\]: found "register-level1/qr", a step that tutorial does not have, expected one of its steps: .*qr-scan`,
      ),
    );
  });

  it('a renamed age answer, which the birth-date form and the card QR reader give', () => {
    const errors = realContentWith((root) => change(root, RULES, "age14plus: '14'", "adult: '14'"));
    expect(errors).toContain(
      `${RULES}:${lineOf(process.cwd(), RULES, '  age:\n') + 2}: questions.age.options: found no answer "age14plus", expected an answer "age14plus": the birth-date form and the card QR reader (src/app/screens/checker) gives it`,
    );
  });

  it('a card question without the chip card the QR reader recognises', () => {
    const errors = realContentWith((root) => {
      change(root, RULES, / {6}chip: c\n/, '');
      change(root, RULES, /card: \[chip, canCuoc\]/g, 'card: [canCuoc]');
    });
    expect(errors.filter((e) => e.includes('questions.card.options:'))).toEqual([
      expect.stringContaining('found no answer "chip", expected an answer "chip": the card QR reader'),
    ]);
  });

  it('a CSV saved in Windows-1258', () => {
    const errors = realContentWith((root) => {
      const path = join(root, 'content/points/thanh-hoa.points.csv');
      const text = readFileSync(path, 'utf8').split('\n');
      // "Công an" in Windows-1258: ô is the single byte 0xF4.
      const bad = Buffer.concat([Buffer.from(`${text[0]}\n${text[1]}\n`), Buffer.from([0x43, 0xf4, 0x6e, 0x67, 0x20, 0x61, 0x6e])]);
      writeFileSync(path, bad);
    });
    expect(errors[0]).toBe(
      'content/points/thanh-hoa.points.csv:3: encoding: found text that is not UTF-8, which citizens would read as "C\uFFFDng an" (likely saved as Windows-1258), expected the file saved as UTF-8 (spreadsheet: "CSV UTF-8"; text editor: encoding UTF-8)',
    );
  });

  it('an unclosed quote in a CSV, named on its own row without false errors after it', () => {
    let line = 0;
    const errors = realContentWith((root) => {
      const file = 'content/points/ho-chi-minh.points.csv';
      change(root, file, 'hcm-an-dong,Công an phường An Đông', 'hcm-an-dong,"Công an phường An Đông');
      line = lineOf(root, file, 'hcm-an-dong');
    });
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^content/points/ho-chi-minh\\.points\\.csv:${line}: CSV: found a quote`));
  });
});

describe('UTF-8 check', () => {
  it('accepts Vietnamese in UTF-8 and finds the first byte that is not', () => {
    expect(firstInvalidUtf8(Buffer.from('Công an phường Chợ Lớn ✓ 𝄞'))).toBeUndefined();
    expect(firstInvalidUtf8(Buffer.from([0x61, 0xc3]))).toBe(1); // cut sequence
    expect(firstInvalidUtf8(Buffer.from([0xc0, 0x80]))).toBe(0); // overlong
    expect(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80]))).toBe(0); // surrogate
    expect(encodingProblem(Buffer.from('\uFEFFid,name\n', 'utf8'))).toBeUndefined();
    expect(encodingProblem(Buffer.from('id\n', 'utf16le'))?.found).toMatch(/UTF-16/);
  });
});
