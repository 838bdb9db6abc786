import writeXlsxFile from 'write-excel-file/browser';
import type { TableCell } from '../../core/counts/report-table';

/**
 * The report as .xlsx (loaded on demand): every code and mark a text cell, every count a number,
 * so Excel set to Vietnamese (decimal comma, ";" lists) opens it in columns and keeps "01".
 */
export function reportXlsx(rows: TableCell[][]): Promise<Blob> {
  const data = rows.map((r, i) =>
    r.map((c) =>
      'text' in c
        ? { type: String, value: c.text, ...(i === 0 ? { fontWeight: 'bold' as const, wrap: true } : {}) }
        : { type: Number, value: c.number },
    ),
  );
  return writeXlsxFile(data, { sheet: 'Báo cáo ngày', stickyRowsCount: 1 }).toBlob();
}
