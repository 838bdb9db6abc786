import { useState } from 'preact/hooks';
import { CHANNEL_LABELS } from '../core/counts/labels';
import { METRIC_LABELS } from '../core/counts/labels';
import { PLACE_PAGE_ROWS } from '../core/counts/dashboard-view';
import type { PlaceMetric } from '../core/counts/metrics';
import type { Channel } from '../core/counts/dimensions';
import { ApiError, places, type Filter, type PlaceTablePage } from './api';
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

/**
 * Which posters, kiosks and volunteer teams work: one row per locality, channel and source tag,
 * a page at a time (a whole country over a year is tens of thousands of rows). `page` is the
 * first page, loaded with the rest of the dashboard; the others are asked for when chosen.
 */
export function PlaceTable({ page, filter, onOut }: { page: PlaceTablePage; filter: Filter; onOut: () => void }) {
  // The page chosen here, for the first page it was chosen from: new data from above (another
  // filter) shows its own first page again, without an effect that could undo a later choice.
  const [picked, setPicked] = useState<{ from: PlaceTablePage; page: PlaceTablePage } | null>(null);
  const shown = picked?.from === page ? picked.page : page;
  const [error, setError] = useState<string | null>(null);
  const go = (offset: number) => {
    setError(null);
    places(filter, offset).then(
      (next) => setPicked({ from: page, page: next }),
      (e: unknown) => {
        if (e instanceof ApiError && e.status === 401) onOut();
        else setError(e instanceof Error ? e.message : String(e));
      },
    );
  };
  if (shown.total === 0)
    return (
      <p class="muted" data-places-empty>
        Chưa có số liệu cho bộ lọc này.
      </p>
    );
  const { rows, offset, total } = shown;
  return (
    <>
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
            {rows.map((r) => (
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
      </div>
      {total > rows.length && (
        <nav class="pager" aria-label="Trang của bảng theo địa bàn" data-offset={offset} data-total={total}>
          <button type="button" data-page="previous" disabled={offset === 0} onClick={() => go(Math.max(0, offset - PLACE_PAGE_ROWS))}>
            Trang trước
          </button>
          <span class="muted" aria-live="polite">
            Dòng {formatNumber(offset + 1)}–{formatNumber(offset + rows.length)} trên {formatNumber(total)}
          </span>
          <button type="button" data-page="next" disabled={offset + rows.length >= total} onClick={() => go(offset + PLACE_PAGE_ROWS)}>
            Trang sau
          </button>
        </nav>
      )}
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
    </>
  );
}
