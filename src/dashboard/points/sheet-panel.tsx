import { useState } from 'preact/hooks';
import type { EntryChange } from '../../core/publish/diff';
import { ChangeList } from './change-list';
import { COLUMN_NAMES } from './words';
import './sheet.css';

interface SheetProblem {
  row: number;
  column: string;
  found: string;
  expected: string;
}
interface Preview {
  basis: string;
  rows: number;
  changes: EntryChange[];
  problems: SheetProblem[];
}
type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'refused'; reason: string; message: string }
  | { kind: 'preview'; name: string; bytes: ArrayBuffer; preview: Preview };

const BASE = '/api/dashboard/sheets';

async function send(path: string, bytes: ArrayBuffer): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(BASE + path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'text/csv' },
    body: bytes,
  });
  return { status: res.status, body: (await res.json().catch(() => ({}))) as Record<string, unknown> };
}

/** "Dòng 5, cột Giờ (times): có "25:00-11:00", cần …": an upload's problem in the dashboard's words. */
export function sheetProblemWords(p: SheetProblem): string {
  const where = p.row ? `Dòng ${p.row}` : 'Tệp';
  const column = p.column ? `, cột ${COLUMN_NAMES[p.column] ? `${COLUMN_NAMES[p.column]} (${p.column})` : p.column}` : '';
  return `${where}${column}: có ${p.found}, cần ${p.expected}`;
}

/**
 * The spreadsheet round trip: download the area's points and sessions for Excel, upload the edited
 * file, see what it would add, change and remove and every problem by row, then publish it.
 */
export function SheetPanel({ province, onPublished }: { province: string; onPublished: (version: number) => void }) {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [note, setNote] = useState('');
  const [error, setError] = useState('');
  const file = (sep: string) => `${BASE}/${encodeURIComponent(province)}/file${sep ? `?sep=${sep}` : ''}`;

  async function choose(e: Event) {
    const input = e.currentTarget as HTMLInputElement;
    const picked = input.files?.[0];
    if (!picked) return;
    setError('');
    setState({ kind: 'busy' });
    const bytes = await picked.arrayBuffer();
    const { status, body } = await send(`/${encodeURIComponent(province)}/preview`, bytes);
    if (status === 200) setState({ kind: 'preview', name: picked.name, bytes, preview: body as unknown as Preview });
    else setState({ kind: 'refused', reason: String(body.error ?? status), message: String(body.message ?? `Lỗi ${status}`) });
    input.value = '';
  }

  async function publish(e: Event) {
    e.preventDefault();
    if (state.kind !== 'preview') return;
    setError('');
    const q = `note=${encodeURIComponent(note.trim())}&basis=${encodeURIComponent(state.preview.basis)}`;
    const { status, body } = await send(`/${encodeURIComponent(province)}/publish?${q}`, state.bytes);
    if (status === 200) {
      setState({ kind: 'idle' });
      setNote('');
      onPublished(Number(body.version));
    } else if (status === 409) {
      setError(
        'Trong lúc bạn xem, người khác đã xuất bản hoặc sửa trong địa bàn của bạn. Đã xem lại tệp với dữ liệu mới: hãy kiểm tra rồi xuất bản lại.',
      );
      if (body.basis) setState({ ...state, preview: body as unknown as Preview });
    } else setError(`Chưa xuất bản: ${String(body.message ?? body.error ?? status)}. Bản đang áp dụng không thay đổi.`);
  }

  const preview = state.kind === 'preview' ? state.preview : null;
  return (
    <div class="sheet-panel" data-sheet-state={state.kind}>
      <p class="hint">
        Tải về các điểm và buổi trong địa bàn của bạn, sửa bằng Excel, lưu ở dạng “CSV UTF-8” rồi tải lên. Trước khi xuất bản, trang cho
        thấy những gì sẽ được thêm, sửa, bỏ và mọi lỗi theo số dòng. Dòng nào bị xóa khỏi tệp thì điểm hoặc buổi đó sẽ bị bỏ.
      </p>
      <p class="form-actions">
        <a class="button" href={file('semicolon')} download data-action="download-csv-semicolon">
          Tải CSV cho Excel tiếng Việt (dấu ;)
        </a>
        <a class="button secondary" href={file('')} download data-action="download-csv">
          Tải CSV (dấu phẩy)
        </a>
      </p>
      <div class="field">
        <label for="sheet-file">Tải lên tệp CSV đã sửa (tối đa 3 MB)</label>
        <input id="sheet-file" type="file" accept=".csv,text/csv" data-action="upload-csv" onChange={(e) => void choose(e)} />
      </div>
      {state.kind === 'busy' && <p class="status">Đang kiểm tra tệp…</p>}
      {state.kind === 'refused' && (
        <div class="error" role="alert" data-sheet-refused={state.reason}>
          <p>{state.message}</p>
        </div>
      )}
      {preview && state.kind === 'preview' && (
        <div data-sheet-preview data-problems={preview.problems.length} data-changes={preview.changes.length}>
          <h3>
            Xem trước: {state.name} ({preview.rows} dòng)
          </h3>
          {preview.problems.length > 0 && (
            <div class="error" role="alert">
              <p>Tệp còn {preview.problems.length} lỗi: chưa thể xuất bản. Sửa trong Excel rồi tải lên lại.</p>
              <ul>
                {preview.problems.map((p, i) => (
                  <li key={i} data-problem-row={p.row} data-problem-column={p.column}>
                    {sheetProblemWords(p)}
                  </li>
                ))}
              </ul>
            </div>
          )}
          <h4>So với bản đang áp dụng</h4>
          <ChangeList changes={preview.changes} />
          {preview.problems.length === 0 && preview.changes.length > 0 && (
            <form class="publish-form" onSubmit={(e) => void publish(e)}>
              <label for="sheet-note">Ghi chú một dòng cho bản theo tệp</label>
              <input
                id="sheet-note"
                required
                maxLength={200}
                value={note}
                onInput={(e) => setNote((e.currentTarget as HTMLInputElement).value)}
                placeholder="Ví dụ: Lịch tổ lưu động tháng 12 theo bảng tính"
              />
              <button type="submit" data-action="publish-sheet">
                Xuất bản theo tệp này
              </button>
            </form>
          )}
        </div>
      )}
      {error && (
        <p class="error" role="alert" data-sheet-error>
          {error}
        </p>
      )}
    </div>
  );
}
