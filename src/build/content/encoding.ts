import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledContent, ContentCollection } from './collection';
import type { ContentError } from './errors';
import { listFiles } from './files';

/** Every file the build reads as text. */
const TEXT_FILES = ['.yaml', '.yml', '.json', '.csv', '.svg'];

const EXPECTED = 'the file saved as UTF-8 (spreadsheet: "CSV UTF-8"; text editor: encoding UTF-8)';

/**
 * A file saved in Windows-1258 (or another legacy code page) still reads, with every Vietnamese
 * letter turned into "�": "C�ng an" would reach citizens. The build refuses any content file that
 * is not UTF-8 and names the first line that is not.
 */
export const encodingCollection: ContentCollection = {
  name: 'encoding',
  compile(root): CompiledContent {
    const errors: ContentError[] = [];
    for (const file of listFiles(root, 'content', TEXT_FILES)) {
      const problem = encodingProblem(readFileSync(join(root, file)));
      if (problem) errors.push({ file, line: problem.line, field: 'encoding', found: problem.found, expected: EXPECTED });
    }
    return { modules: {}, errors };
  },
};

export function encodingProblem(bytes: Uint8Array): { line: number; found: string } | undefined {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return { line: lineAt(bytes, nul), found: 'a file in UTF-16 or a binary file (it contains zero bytes)' };
  const bad = firstInvalidUtf8(bytes);
  if (bad === undefined) return undefined;
  let start = bad;
  while (start > 0 && bytes[start - 1] !== 0x0a) start--;
  let end = bad;
  while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end++;
  const shown = new TextDecoder('utf-8').decode(bytes.subarray(start, end)).trim();
  const excerpt = shown.length > 60 ? `${shown.slice(0, 57)}...` : shown;
  return {
    line: lineAt(bytes, bad),
    found: `text that is not UTF-8, which citizens would read as ${JSON.stringify(excerpt)} (likely saved as Windows-1258)`,
  };
}

function lineAt(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) line++;
  return line;
}

/** The offset of the first byte that does not belong to a well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number | undefined {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i++;
      continue;
    }
    const [len, lo, hi] = sequenceOf(b);
    if (len === 0) return i;
    const second = bytes[i + 1];
    if (second === undefined || second < lo || second > hi) return i;
    for (let k = 2; k < len; k++) {
      const c = bytes[i + k];
      if (c === undefined || c < 0x80 || c > 0xbf) return i;
    }
    i += len;
  }
  return undefined;
}

/** Length of the sequence a lead byte starts, and the allowed range of its second byte (RFC 3629). */
function sequenceOf(b: number): [number, number, number] {
  if (b >= 0xc2 && b <= 0xdf) return [2, 0x80, 0xbf];
  if (b === 0xe0) return [3, 0xa0, 0xbf];
  if (b === 0xed) return [3, 0x80, 0x9f];
  if (b >= 0xe1 && b <= 0xef) return [3, 0x80, 0xbf];
  if (b === 0xf0) return [4, 0x90, 0xbf];
  if (b >= 0xf1 && b <= 0xf3) return [4, 0x80, 0xbf];
  if (b === 0xf4) return [4, 0x80, 0x8f];
  return [0, 0, 0];
}
