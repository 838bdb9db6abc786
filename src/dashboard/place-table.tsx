import { CHANNEL_LABELS } from '../core/counts/labels';
import { METRIC_LABELS } from '../core/counts/labels';
import type { PlaceMetric } from '../core/counts/metrics';
import type { Channel } from '../core/counts/dimensions';
import type { PlaceRow } from './api';
import { formatNumber } from './charts/scale';

/** The columns the daily report needs most; the CSV has them all. */
const COLUMNS: PlaceMetric[] = [
  'guided',
  'outcomes',
  'activation_started',
  'activation_finished',
  'stuck',
  'kiosk_sessions',
  'households',
  'households_activated',
  'people',
  'people_activated',
  'links_opened',
  'screens',
];

/** Which posters, kiosks and volunteer teams work: one row per locality, channel and source tag. */
export function PlaceTable({ rows }: { rows: PlaceRow[] }) {
  if (rows.length === 0)
    return (
      <p class="muted" data-places-empty>
        Chưa có số liệu cho bộ lọc này.
      </p>
    );
  const shown = rows.slice(0, 500);
  return (
    <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="places-title" data-table="places">
      <table>
        <thead>
          <tr>
            <th scope="col">Địa bàn</th>
            <th scope="col">Kênh</th>
            <th scope="col">Mã áp phích/kiosk/tổ</th>
            {COLUMNS.map((m) => (
              <th key={m} scope="col">
                {METRIC_LABELS[m]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {shown.map((r) => (
            <tr
              key={`${r.locality}|${r.channel}|${r.source}`}
              data-locality={r.locality || 'unknown'}
              data-channel={r.channel}
              data-source={r.source}
            >
              <th scope="row">{r.locality || '(chưa rõ)'}</th>
              <td class="text">{CHANNEL_LABELS[r.channel as Channel] ?? r.channel}</td>
              <td class="text">{r.source || '—'}</td>
              {COLUMNS.map((m) => (
                <td key={m} data-metric={m}>
                  {formatNumber(r[m])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > shown.length && <p class="muted">Hiển thị 500 trên {formatNumber(rows.length)} dòng; tải CSV để xem đủ.</p>}
    </div>
  );
}
