/**
 * A small RFC 4180 CSV reader that remembers the line each row starts on, so that errors point at
 * the spreadsheet row an organizer has to fix. Accepts `,` or `;` (spreadsheets in Vietnamese
 * locales often export `;`), quoted fields with embedded newlines and doubled quotes, CRLF, and a
 * UTF-8 byte-order mark.
 */
export interface CsvRow {
  /** 1-based line number of the row's first character in the file. */
  line: number;
  /** Cells keyed by header name, trimmed. */
  cells: Record<string, string>;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Structural problems (unterminated quote, wrong cell count), with their lines. */
  problems: { line: number; message: string }[];
}

export function parseCsv(text: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLineEnd = src.search(/\r?\n|$/);
  const firstLine = src.slice(0, firstLineEnd);
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';

  const records: { line: number; cells: string[] }[] = [];
  const problems: CsvTable['problems'] = [];
  let line = 1;
  let i = 0;
  while (i < src.length) {
    const startLine = line;
    const cells: string[] = [];
    let cell = '';
    let quoted = false;
    let endOfRecord = false;
    while (i < src.length && !endOfRecord) {
      const ch = src[i];
      if (quoted) {
        if (ch === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          continue;
        }
        if (ch === '\n') line++;
        cell += ch;
        i++;
        continue;
      }
      if (ch === '"' && cell.trim() === '') {
        quoted = true;
        cell = '';
        i++;
      } else if (ch === sep) {
        cells.push(cell);
        cell = '';
        i++;
      } else if (ch === '\r' && src[i + 1] === '\n') {
        i += 2;
        line++;
        endOfRecord = true;
      } else if (ch === '\n') {
        i++;
        line++;
        endOfRecord = true;
      } else {
        cell += ch;
        i++;
      }
    }
    if (quoted) problems.push({ line: startLine, message: 'a quoted cell is never closed (missing ")' });
    cells.push(cell);
    const blank = cells.every((c) => c.trim() === '');
    if (!blank) records.push({ line: startLine, cells: cells.map((c) => c.trim()) });
  }

  const [head, ...body] = records;
  const header = head ? head.cells : [];
  const rows: CsvRow[] = [];
  for (const rec of body) {
    if (rec.cells.length !== header.length) {
      problems.push({
        line: rec.line,
        message: `found ${rec.cells.length} cells, expected ${header.length} (one per column of the header)`,
      });
    }
    const cells: Record<string, string> = {};
    header.forEach((name, idx) => (cells[name] = rec.cells[idx] ?? ''));
    rows.push({ line: rec.line, cells });
  }
  return { header, rows, problems };
}
