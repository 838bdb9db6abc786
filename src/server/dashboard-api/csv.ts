import { CHANNEL_LABELS, METRIC_LABELS } from '../../core/counts/labels';
import { PLACE_METRICS, SHARE_MIN_COUNT } from '../../core/counts/metrics';
import type { PlaceDayRow } from '../storage/count-store';
import { csvCell } from '../../core/counts/report-table';

// One rule for every CSV the organizers download (src/core/counts/report-table.ts).
export { csvCell };

export function csvLine(cells: (string | number)[]): string {
  return cells.map((c) => csvCell(c)).join(',') + '\r\n';
}

/**
 * The daily report: one line per day, locality, channel and source tag. `share`: counts from 1 to
 * 4 become "<5" (a small count in a small place could point at a household); zeros stay.
 */
export function placeDaysCsv(rows: PlaceDayRow[], share: boolean): string {
  return placeDaysCsvHead() + placeDaysCsvLines(rows, share);
}

/** The CSV's first line, after the BOM that makes spreadsheet programs read UTF-8 (Vietnamese) correctly. */
export function placeDaysCsvHead(): string {
  return '\uFEFF' + csvLine(['Ngày', 'Địa bàn', 'Kênh', 'Mã áp phích/kiosk/tổ', ...PLACE_METRICS.map((m) => METRIC_LABELS[m])]);
}

/** The CSV's lines for some rows (a day at a time when streamed). */
export function placeDaysCsvLines(rows: PlaceDayRow[], share: boolean): string {
  const shown = (n: number): string | number => (share && n > 0 && n < SHARE_MIN_COUNT ? `<${SHARE_MIN_COUNT}` : n);
  let out = '';
  for (const r of rows)
    out += csvLine([
      r.day,
      r.locality || '(chưa rõ)',
      CHANNEL_LABELS[r.channel] ?? r.channel,
      r.source,
      ...PLACE_METRICS.map((m) => shown(r[m])),
    ]);
  return out;
}

/**
 * The CSV as a stream, read from the store one day at a time: a month of a whole country never
 * sits in memory whole, and the first bytes leave before the last day is read.
 */
export function placeDaysCsvStream(
  days: readonly string[],
  rowsOf: (day: string) => Promise<PlaceDayRow[]>,
  share: boolean,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let next = 0;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(placeDaysCsvHead()));
    },
    async pull(controller) {
      // Days without rows are read on: a pull that enqueues nothing would not be called again.
      for (;;) {
        const day = days[next++];
        if (day === undefined) return controller.close();
        const lines = placeDaysCsvLines(await rowsOf(day), share);
        if (lines) return controller.enqueue(encoder.encode(lines));
      }
    },
  });
}
