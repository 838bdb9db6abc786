import { REPORT_COLUMNS, REPORT_COLUMN_LABELS, shareReport, UNKNOWN_PLACE, type DailyReport, type SharedCell } from './daily-report';

/**
 * The daily report as one spreadsheet table, for the CSV and the .xlsx: names first, each code
 * and metric id beside its name (ids are for programs; people read the names). Codes are text
 * cells, so a spreadsheet keeps "01" and never reads a tag like "2e3" as 2000.
 */
export type TableCell = { text: string } | { number: number };

export function reportTable(report: DailyReport, shared: boolean): TableCell[][] {
  const text = (t: string): TableCell => ({ text: t });
  const cell = (c: SharedCell): TableCell => (typeof c === 'number' ? { number: c } : text(c));
  const head = [
    'Mã tỉnh',
    'Tỉnh/thành phố',
    'Mã xã',
    'Xã/phường/đặc khu',
    ...REPORT_COLUMNS.map((c) => `${REPORT_COLUMN_LABELS[c]} (${c})`),
  ].map(text);
  const out: TableCell[][] = [head];
  const sharedGroups = shared ? shareReport(report) : undefined;
  report.groups.forEach((g, gi) => {
    g.rows.forEach((r, ri) => {
      const values = sharedGroups ? sharedGroups[gi]!.rows[ri]! : r.values;
      const commune = r.code.length > 2 ? r.code : '';
      out.push([text(g.province), text(g.name), text(commune), text(r.name), ...values.map(cell)]);
    });
    const total = sharedGroups ? sharedGroups[gi]!.total : g.total;
    out.push([
      text(g.province),
      text(g.name),
      text(''),
      text(g.province === '' ? `Tổng ${UNKNOWN_PLACE}` : `Tổng ${g.name}`),
      ...total.map(cell),
    ]);
  });
  return out;
}

/** A text cell starting with one of these is a formula to a spreadsheet program: it gets an apostrophe. */
export const CSV_FORMULA_LEADS: readonly string[] = ['=', '+', '-', '@', '\t', '\r'];
/** A cell holding one of these (or the separator) is quoted, its quotes doubled. */
export const CSV_QUOTED_IF: readonly string[] = ['"', '\r', '\n'];
const formulaLead = new Set(CSV_FORMULA_LEADS);

/**
 * A spreadsheet cell that no program will run as a formula: text starting with = + - @ (or a tab
 * or carriage return) gets a leading apostrophe; then quoted when it holds the separator, a quote
 * or a line break. The daily report's CSV has the same rule in SQL (server/storage/place-day-csv-sql.ts).
 */
export function csvCell(value: string | number, separator = ','): string {
  // Counts are integers: nothing to quote (a month's CSV has tens of millions of them).
  if (typeof value === 'number' && Number.isInteger(value) && !/[\d-]/.test(separator)) return String(value);
  let s = String(value);
  if (typeof value === 'string' && formulaLead.has(s.charAt(0))) s = `'${s}`;
  return s.includes(separator) || CSV_QUOTED_IF.some((c) => s.includes(c)) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** UTF-8 with a byte-order mark (spreadsheets then read Vietnamese correctly), CRLF lines. */
export function tableCsv(rows: TableCell[][], separator = ','): string {
  const line = (r: TableCell[]) => r.map((c) => csvCell('text' in c ? c.text : c.number, separator)).join(separator) + '\r\n';
  return '\uFEFF' + rows.map(line).join('');
}
