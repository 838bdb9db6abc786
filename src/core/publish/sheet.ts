import { parseCsv } from '../content/csv';
import { POINT_COLUMNS, SESSION_COLUMNS } from '../points/rows';
import type { Cells, EntryKind } from './draft';

/**
 * The spreadsheet round trip of a scope's points and sessions: one CSV file, one row per point or
 * session, the columns of content/points/*.csv plus `entry` (point or session). Written as UTF-8
 * with a byte-order mark, so Excel opens Vietnamese letters correctly; with `;` between cells for
 * Excel set to Vietnamese (its list separator), `,` otherwise. Read back with the build's CSV
 * reader; every problem names the spreadsheet row (the header is row 1) and the column.
 */
export type SheetSeparator = ',' | ';';

export interface SheetEntry {
  kind: EntryKind;
  id: string;
  cells: Cells;
}

/** One problem of an uploaded file, in the content checks' words. */
export interface SheetProblem {
  /** Spreadsheet row (1 = the header); 0 for the file as a whole. */
  row: number;
  column: string;
  found: string;
  expected: string;
}

export const ENTRY_WORDS: Record<EntryKind, string> = { point: 'điểm', session: 'buổi' };
const KIND_OF: Record<string, EntryKind> = {
  point: 'point',
  điểm: 'point',
  diem: 'point',
  session: 'session',
  buổi: 'session',
  buoi: 'session',
};

const POINT_ONLY = [...POINT_COLUMNS.required, ...POINT_COLUMNS.optional].filter((c) => c !== 'id') as string[];
const SESSION_ONLY = [...SESSION_COLUMNS.required, ...SESSION_COLUMNS.optional].filter((c) => c !== 'id') as string[];
const SHARED = new Set(POINT_ONLY.filter((c) => SESSION_ONLY.includes(c)));

/** The file's columns: entry, id, the points' columns, then the sessions' own, then any extra column the entries carry. */
export function sheetColumns(entries: readonly SheetEntry[] = []): string[] {
  const base = ['entry', 'id', ...POINT_ONLY, ...SESSION_ONLY.filter((c) => !SHARED.has(c))];
  const extra = new Set<string>();
  for (const e of entries) for (const k of Object.keys(e.cells)) if (!base.includes(k)) extra.add(k);
  return [...base, ...[...extra].sort()];
}

/** Which columns a row of this kind may fill (the others must stay empty). */
export function columnsOfKind(kind: EntryKind, columns: readonly string[]): Set<string> {
  const own = kind === 'point' ? POINT_ONLY : SESSION_ONLY;
  const other = kind === 'point' ? SESSION_ONLY : POINT_ONLY;
  return new Set(columns.filter((c) => c !== 'entry' && c !== 'id' && (own.includes(c) || !other.includes(c))));
}

const quote = (v: string, sep: SheetSeparator) =>
  /[",;\r\n]/.test(v) || v !== v.trim() || v.includes(sep) ? `"${v.replace(/"/g, '""')}"` : v;

/** The CSV text of these entries, points first, with a byte-order mark and CRLF line ends (what Excel writes). */
export function writeSheet(entries: readonly SheetEntry[], sep: SheetSeparator = ','): string {
  const columns = sheetColumns(entries);
  const sorted = [...entries].sort((a, b) => (a.kind === b.kind ? a.id.localeCompare(b.id) : a.kind === 'point' ? -1 : 1));
  const lines = [columns.join(sep)];
  for (const e of sorted) {
    const own = columnsOfKind(e.kind, columns);
    lines.push(
      columns
        .map((c) => (c === 'entry' ? ENTRY_WORDS[e.kind] : c === 'id' ? e.id : own.has(c) ? (e.cells[c] ?? '') : ''))
        .map((v) => quote(v, sep))
        .join(sep),
    );
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** Why an uploaded file's bytes cannot be read as text: each one answered with how to save the file again. */
export type NotUtf8 =
  { error: 'legacy_code_page'; row: number; bytes: string } | { error: 'utf16' } | { error: 'broken_letters'; row: number; found: string };

/**
 * The file's text, when its bytes are UTF-8 (with or without a byte-order mark). A file saved by
 * Excel as "CSV (comma delimited)" on Windows is in a legacy code page (Windows-1258 or 1252):
 * its Vietnamese letters are bytes that are not UTF-8, and it is refused rather than published as
 * broken letters. So is "Unicode Text" (UTF-16), and UTF-8 text that already holds letters broken
 * by an earlier wrong opening ("CÃ´ng an", "PhÆ°á»ng").
 */
export function decodeSheet(bytes: Uint8Array): { text: string } | NotUtf8 {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return { error: 'utf16' };
  const bad = firstInvalidUtf8(bytes);
  if (bad >= 0) {
    let row = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) row++;
    const shown = Array.from(bytes.subarray(bad, Math.min(bytes.length, bad + 2)), (b) => b.toString(16).toUpperCase().padStart(2, '0'));
    return { error: 'legacy_code_page', row, bytes: shown.join(' ') };
  }
  const text = new TextDecoder('utf-8').decode(bytes);
  const broken = BROKEN_LETTERS.exec(text);
  if (broken) {
    const row = text.slice(0, broken.index).split('\n').length;
    return { error: 'broken_letters', row, found: text.slice(Math.max(0, broken.index - 6), broken.index + 6).replace(/\s+/g, ' ') };
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/**
 * UTF-8 of Vietnamese letters read as Windows-1252 and saved again: "á»" (ờ, ở…), "áº" (ạ, ấ…),
 * "Æ°" (ư), "Ä‘" (đ), "Ã" before a Latin-1 sign (ô, á, â…). None of these pairs is Vietnamese.
 */
const BROKEN_LETTERS = /á[»º¹¼½¾]|Æ[°¯¡ ]|Ä[‘'’]|Ä[ƒ]|Ã[¡¢£¨©ª¬­³´µº¹¼½¾]/;

/** The index of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(b: Uint8Array): number {
  let i = 0;
  while (i < b.length) {
    const x = b[i]!;
    if (x < 0x80) {
      i++;
      continue;
    }
    const n = x >= 0xc2 && x <= 0xdf ? 1 : x >= 0xe0 && x <= 0xef ? 2 : x >= 0xf0 && x <= 0xf4 ? 3 : -1;
    if (n < 0 || i + n >= b.length) return i;
    for (let k = 1; k <= n; k++) if ((b[i + k]! & 0xc0) !== 0x80) return i;
    // Overlong or surrogate forms.
    if (x === 0xe0 && b[i + 1]! < 0xa0) return i;
    if (x === 0xed && b[i + 1]! > 0x9f) return i;
    if (x === 0xf0 && b[i + 1]! < 0x90) return i;
    if (x === 0xf4 && b[i + 1]! > 0x8f) return i;
    i += n + 1;
  }
  return -1;
}

/**
 * The entries of an uploaded sheet, each with its row, or the problems of the file's shape:
 * unknown or missing columns, an unknown `entry`, a cell filled that the row's kind does not have,
 * an id twice. The entries' contents are checked afterwards by the shared validator.
 */
export function readSheet(
  text: string,
  known: readonly string[] = sheetColumns(),
): { rows: { row: number; entry: SheetEntry }[]; problems: SheetProblem[] } {
  const table = parseCsv(text);
  const problems: SheetProblem[] = table.problems.map((p) => ({ row: p.line, column: '', found: p.found, expected: p.expected }));
  const header = table.header.map((h) => h.trim().toLowerCase());
  if (!header.length)
    return {
      rows: [],
      problems: [{ row: 1, column: '', found: 'an empty file', expected: 'a header row, then one row per point or session' }],
    };
  for (const h of header)
    if (!known.includes(h))
      problems.push({ row: 1, column: h || '(empty)', found: `a column "${h}"`, expected: `only the columns ${known.join(', ')}` });
  for (const need of ['entry', 'id'])
    if (!header.includes(need)) problems.push({ row: 1, column: need, found: 'no such column', expected: `a column "${need}"` });
  if (problems.some((p) => p.row === 1)) return { rows: [], problems };
  const rows: { row: number; entry: SheetEntry }[] = [];
  const seen = new Map<string, number>();
  for (const r of table.rows) {
    const cells: Cells = {};
    table.header.forEach((h, i) => (cells[header[i]!] = r.cells[h] ?? ''));
    const kind = KIND_OF[(cells.entry ?? '').trim().toLowerCase()];
    if (!kind) {
      problems.push({
        row: r.line,
        column: 'entry',
        found: JSON.stringify(cells.entry ?? ''),
        expected: 'điểm (a point) or buổi (a session)',
      });
      continue;
    }
    const id = (cells.id ?? '').trim();
    const first = seen.get(id);
    if (id && first !== undefined) {
      problems.push({ row: r.line, column: 'id', found: `"${id}" again`, expected: `an id not used before (first used on row ${first})` });
      continue;
    }
    seen.set(id, r.line);
    const own = columnsOfKind(kind, header);
    const entryCells: Cells = {};
    let wrong = false;
    for (const c of header) {
      if (c === 'entry' || c === 'id') continue;
      const v = (cells[c] ?? '').trim();
      if (own.has(c)) entryCells[c] = v;
      else if (v) {
        problems.push({ row: r.line, column: c, found: JSON.stringify(v.slice(0, 40)), expected: `nothing (a ${kind} has no ${c})` });
        wrong = true;
      }
    }
    if (!wrong) rows.push({ row: r.line, entry: { kind, id, cells: entryCells } });
  }
  problems.sort((a, b) => a.row - b.row);
  return { rows, problems };
}

/** `row N, column: found X, expected Y`: every problem of an upload in the one format. */
export function sheetProblemText(p: SheetProblem): string {
  const where = p.row ? `row ${p.row}` : 'file';
  return `${where}${p.column ? `, ${p.column}` : ''}: found ${p.found}, expected ${p.expected}`;
}
