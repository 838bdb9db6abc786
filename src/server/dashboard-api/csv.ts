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
  const head = ['Ngày', 'Địa bàn', 'Kênh', 'Mã áp phích/kiosk/tổ', ...PLACE_METRICS.map((m) => METRIC_LABELS[m])];
  const shown = (n: number): string | number => (share && n > 0 && n < SHARE_MIN_COUNT ? `<${SHARE_MIN_COUNT}` : n);
  let out = '\uFEFF' + csvLine(head); // the BOM makes spreadsheet programs read UTF-8 (Vietnamese) correctly
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
