import type { ComponentChildren } from 'preact';
import type { Cells, DraftEntry } from '../../core/publish/draft';
import { newId } from './words';

const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

type Session = DraftEntry & { editable: boolean };

/**
 * The mobile team's sessions on the points page: add, edit, copy to next week, cancel or restore
 * (entries outside the account's area are shown, not changeable). The page owns the form and saves
 * (`formFor(id)`: the open form for that session, or for a new one with `undefined`).
 */
export function SessionList(props: {
  sessions: Session[];
  pointName: (id: string) => string;
  busy: boolean;
  formFor: (id: string | undefined) => ComponentChildren;
  onAdd: () => void;
  onEdit: (s: Session) => void;
  onSave: (id: string, cells: Cells, rev: number, after?: string) => void;
}) {
  const { sessions, pointName, busy, formFor, onAdd, onEdit, onSave } = props;
  return (
    <section aria-labelledby="sessions-title">
      <h2 id="sessions-title">Buổi làm việc của tổ lưu động</h2>
      <button type="button" data-action="add-session" onClick={onAdd}>
        Thêm buổi lưu động
      </button>
      {formFor(undefined)}
      <ul class="entries">
        {sessions.map((s) => (
          <li key={s.id} data-entry-id={s.id} data-cancelled={s.cells.cancelled ? 'yes' : undefined}>
            <p>
              <strong>{s.cells.dates}</strong> · {s.cells.times} · {pointName(s.cells.place ?? '')}
              {s.cells.cancelled && <strong class="badge-cancelled"> · ĐÃ HỦY</strong>}
            </p>
            {s.cells.notes && <p class="hint">{s.cells.notes}</p>}
            {s.editable ? (
              <div class="form-actions">
                <button type="button" class="secondary" onClick={() => onEdit(s)}>
                  Sửa
                </button>
                <button
                  type="button"
                  class="secondary"
                  data-action="copy-next-week"
                  disabled={busy}
                  onClick={() => {
                    const dates = (s.cells.dates ?? '')
                      .split(/\s*,\s*/)
                      .filter(Boolean)
                      .map((d) => addDays(d.slice(0, 10), 7));
                    onSave(
                      newId(`${s.cells.place ?? 'buoi'}-${dates[0] ?? ''}`),
                      { ...s.cells, dates: dates.join(', '), cancelled: '' },
                      0,
                      'Đã chép sang tuần sau (bản nháp).',
                    );
                  }}
                >
                  Chép sang tuần sau
                </button>
                <button
                  type="button"
                  class="secondary"
                  data-action={s.cells.cancelled ? 'restore' : 'cancel-session'}
                  disabled={busy}
                  onClick={() => onSave(s.id, { ...s.cells, cancelled: s.cells.cancelled ? '' : 'yes' }, s.rev)}
                >
                  {s.cells.cancelled ? 'Bỏ hủy' : 'Hủy buổi'}
                </button>
              </div>
            ) : (
              <p class="hint">Ngoài phạm vi của bạn.</p>
            )}
            {formFor(s.id)}
          </li>
        ))}
      </ul>
    </section>
  );
}
