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

export interface CsvProblem {
  line: number;
  found: string;
  expected: string;
}

export interface CsvTable {
  header: string[];
  rows: CsvRow[];
  /** Structural problems (unbalanced quote, wrong cell count), with their lines. */
  problems: CsvProblem[];
}

interface CsvRecord {
  line: number;
  cells: string[];
}

export function parseCsv(text: string): CsvTable {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const firstLineEnd = src.search(/\r?\n|$/);
  const firstLine = src.slice(0, firstLineEnd);
  const sep = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';

  const records: CsvRecord[] = [];
  const problems: CsvProblem[] = [];
  let at = 0;
  let line = 1;
  while (at < src.length) {
    const read = readRecord(src, at, sep);
    if (read.badQuote) {
      // An unbalanced quote would swallow the rows after it (and report false errors there): name
      // the row where the quote opened, skip that one line, and read on from the next.
      const lineEnd = nextLineStart(src, at);
      const closedOn = read.badQuote.closedOnLine;
      const found =
        closedOn === undefined
          ? 'a quote (") that opens a cell and is never closed'
          : closedOn > 0
            ? `a quote (") that opens a cell and is only closed on line ${line + closedOn}`
            : 'a quoted cell with more text after its closing quote (")';
      problems.push({
        line,
        found,
        expected: 'each quoted cell closed on its own row (write "" for a quote inside a quoted cell)',
      });
      at = lineEnd;
      line++;
      continue;
    }
    if (!read.cells.every((c) => c.trim() === '')) records.push({ line, cells: read.cells.map((c) => c.trim()) });
    line += read.lines;
    at = read.end;
  }

  const [head, ...body] = records;
  const header = head ? head.cells : [];
  const rows: CsvRow[] = [];
  for (const rec of body) {
    if (rec.cells.length !== header.length) {
      problems.push({
        line: rec.line,
        found: `${rec.cells.length} cell${rec.cells.length === 1 ? '' : 's'}`,
        expected: `${header.length}, one per column of the header (a , or ; inside a text needs quotes around the text)`,
      });
    }
    const cells: Record<string, string> = {};
    header.forEach((name, idx) => (cells[name] = rec.cells[idx] ?? ''));
    rows.push({ line: rec.line, cells });
  }
  problems.sort((a, b) => a.line - b.line);
  return { header, rows, problems };
}

function nextLineStart(src: string, from: number): number {
  const nl = src.indexOf('\n', from);
  return nl < 0 ? src.length : nl + 1;
}

/**
 * One record from `start`: its cells, where the next one starts and how many line breaks it spans.
 * `badQuote` when a quoted cell is never closed, or its closing quote is followed by more text
 * (the sign of a quote missing or left over in some row: reading on would shift every cell after).
 */
function readRecord(
  src: string,
  start: number,
  sep: string,
): { cells: string[]; end: number; lines: number; badQuote?: { closedOnLine?: number } } {
  const cells: string[] = [];
  let cell = '';
  let i = start;
  let lines = 0;
  while (i < src.length) {
    const ch = src[i];
    if (ch === '"' && cell.trim() === '') {
      cell = '';
      i++;
      let closed = false;
      while (i < src.length) {
        if (src[i] === '"') {
          if (src[i + 1] === '"') {
            cell += '"';
            i += 2;
            continue;
          }
          closed = true;
          i++;
          break;
        }
        if (src[i] === '\n') lines++;
        cell += src[i];
        i++;
      }
      if (!closed) return { cells, end: src.length, lines, badQuote: {} };
      let j = i;
      while (src[j] === ' ' || src[j] === '\t') j++;
      const endsCell = j >= src.length || src[j] === sep || src[j] === '\n' || (src[j] === '\r' && src[j + 1] === '\n');
      if (!endsCell) return { cells, end: i, lines, badQuote: { closedOnLine: lines } };
      continue;
    }
    if (ch === sep) {
      cells.push(cell);
      cell = '';
      i++;
    } else if (ch === '\r' && src[i + 1] === '\n') {
      cells.push(cell);
      return { cells, end: i + 2, lines: lines + 1 };
    } else if (ch === '\n') {
      cells.push(cell);
      return { cells, end: i + 1, lines: lines + 1 };
    } else {
      cell += ch;
      i++;
    }
  }
  cells.push(cell);
  return { cells, end: src.length, lines };
}
