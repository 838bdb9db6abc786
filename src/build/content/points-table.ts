import { parseCsv, type CsvRow } from '../../core/content/csv';
import { describeFound, type ContentError } from './errors';
import { readContent } from './files';

/**
 * Reads one CSV of content/points/ and checks its header: every required column present, no
 * unknown column (a typo like "lattitude" must not silently drop a field). Optional columns may
 * be left out entirely.
 */
export function readTable(
  root: string,
  file: string,
  columns: { required: readonly string[]; optional: readonly string[] },
  errors: ContentError[],
): CsvRow[] | undefined {
  const table = parseCsv(readContent(root, file));
  for (const p of table.problems) errors.push({ file, line: p.line, field: 'CSV', found: p.found, expected: p.expected });
  const known = [...columns.required, ...columns.optional];
  const header = table.header.map((h) => h.trim().toLowerCase());
  let ok = table.problems.length === 0;
  for (const h of header) {
    if (!known.includes(h)) {
      errors.push({ file, line: 1, field: 'column', found: describeFound(h), expected: `one of ${known.join(', ')}` });
      ok = false;
    }
  }
  for (const need of columns.required) {
    if (!header.includes(need)) {
      errors.push({ file, line: 1, field: 'column', found: `no column "${need}"`, expected: `the columns ${columns.required.join(', ')}` });
      ok = false;
    }
  }
  if (!ok) return undefined;
  // Lower-case the header keys so "Lat" and "lat" are the same column.
  return table.rows.map((row) => ({
    line: row.line,
    cells: Object.fromEntries(Object.entries(row.cells).map(([k, v]) => [k.trim().toLowerCase(), v])),
  }));
}

export { readCoordinate, readFlag, splitList } from '../../core/content/cells';
