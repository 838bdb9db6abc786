import type { Cells, DraftEntry } from '../../core/publish/draft';
import { COLUMN_NAMES, whenText } from './words';

/**
 * Someone saved the same entry after this organizer opened it: both versions side by side,
 * differing columns marked, and the choice is theirs. Nothing was overwritten.
 */
export function ConflictView(props: { theirs: DraftEntry | null; yours: Cells; onKeepMine: () => void; onTakeTheirs: () => void }) {
  const { theirs, yours } = props;
  const columns = [...new Set([...Object.keys(theirs?.cells ?? {}), ...Object.keys(yours)])].filter((c) => c !== 'province').sort();
  return (
    <section class="conflict" role="alert" aria-labelledby="conflict-title" data-conflict>
      <h3 id="conflict-title">Có người vừa sửa mục này</h3>
      <p>
        {theirs
          ? `${theirs.updatedBy} đã lưu lúc ${whenText(theirs.updatedAt)}, sau khi bạn mở. Chưa có gì bị ghi đè: hãy xem hai bản rồi chọn.`
          : 'Mục này đã bị xóa sau khi bạn mở.'}
      </p>
      <div class="table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Cột</th>
              <th scope="col">Bản của {theirs?.updatedBy ?? 'người khác'}</th>
              <th scope="col">Bản của bạn</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((c) => {
              const a = theirs?.cells[c] ?? '';
              const b = yours[c] ?? '';
              return (
                <tr key={c} data-differs={a.trim() !== b.trim() ? 'yes' : undefined}>
                  <th scope="row">{COLUMN_NAMES[c] ?? c}</th>
                  <td>{a}</td>
                  <td>{b}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div class="form-actions">
        {theirs && (
          <button type="button" onClick={props.onKeepMine} data-action="keep-mine">
            Lưu bản của tôi thay bản kia
          </button>
        )}
        <button type="button" class="secondary" onClick={props.onTakeTheirs} data-action="take-theirs">
          Dùng bản của {theirs?.updatedBy ?? 'người khác'}
        </button>
      </div>
    </section>
  );
}
