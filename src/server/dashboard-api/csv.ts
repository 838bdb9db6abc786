import { CHANNEL_LABELS, METRIC_LABELS } from '../../core/counts/labels';
import { PLACE_METRICS, SHARE_MIN_COUNT } from '../../core/counts/metrics';
import type { PlaceDayRow } from '../storage/count-store';
import { csvCell } from '../../core/counts/report-table';
import { UNKNOWN_PLACE } from '../../core/counts/daily-report';

// One rule for every CSV the organizers download (src/core/counts/report-table.ts).
export { csvCell };

export function csvLine(cells: (string | number)[]): string {
  return cells.map((c) => csvCell(c)).join(',') + '\r\n';
}

/**
 * The daily report: one line per day, locality, channel and source tag. `share`: counts from 1 to
 * 4 become "<5" (a small count in a small place could point at a household); zeros stay. The
 * export has its lines written by the database (CountStore.placeDayCsv, the same bytes): these
 * are the rule in JavaScript, which the store contract holds the database's lines to.
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
      r.locality || UNKNOWN_PLACE,
      CHANNEL_LABELS[r.channel] ?? r.channel,
      r.source,
      ...PLACE_METRICS.map((m) => shown(r[m])),
    ]);
  return out;
}

/** Under this, the next read asks for twice the days: a commune's year is ~10 reads, not 365. */
const SMALL_READ = 256 * 1024;
const MAX_DAYS_PER_READ = 64;

/**
 * The CSV as a stream: the head, then the lines read from the store a day at a time (more days
 * per read while reads stay small), each read's bytes sent as they come. A month of a whole country
 * never sits in memory whole, and the first bytes leave before the last day is read.
 */
export function placeDaysCsvStream(
  days: readonly string[],
  linesOf: (from: string, to: string) => Promise<Uint8Array>,
): ReadableStream<Uint8Array> {
  let next = 0;
  let span = 1;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(placeDaysCsvHead()));
    },
    async pull(controller) {
      // Days without rows are read on: a pull that enqueues nothing would not be called again.
      while (next < days.length) {
        const from = days[next]!;
        const to = days[Math.min(next + span, days.length) - 1]!;
        next += span;
        const bytes = await linesOf(from, to);
        if (bytes.length < SMALL_READ) span = Math.min(span * 2, MAX_DAYS_PER_READ);
        if (bytes.length > 0) return controller.enqueue(bytes);
      }
      controller.close();
    },
  });
}
