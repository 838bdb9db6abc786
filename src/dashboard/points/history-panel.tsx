import { useEffect, useState } from 'preact/hooks';
import type { EntryChange } from '../../core/publish/diff';
import { diff, versions, type VersionSummary } from './points-api';
import { ChangeList } from './change-list';
import { whenText } from './words';

/** Every version of the province: who, when, the note; what each changed; back to one in one step. */
export function HistoryPanel(props: {
  province: string;
  latest: number;
  reloadKey: number;
  onRollback: (version: number) => void;
  busy: boolean;
}) {
  const [list, setList] = useState<VersionSummary[] | null>(null);
  const [shown, setShown] = useState<{ version: number; changes: EntryChange[] } | null>(null);
  useEffect(() => {
    setShown(null);
    void versions(props.province).then(
      (r) => setList(r.versions),
      () => setList([]),
    );
  }, [props.province, props.reloadKey]);
  if (!list) return <p class="status">Đang tải lịch sử…</p>;
  if (!list.length) return <p class="hint">Chưa xuất bản lần nào: điện thoại đang dùng dữ liệu có sẵn trong ứng dụng.</p>;
  const show = (v: number) => void diff(props.province, String(v - 1), String(v)).then((r) => setShown({ version: v, changes: r.changes }));
  return (
    <ol class="versions" reversed>
      {list.map((v) => (
        <li key={v.version} data-version={v.version}>
          <p>
            <strong>Bản {v.version}</strong> · {whenText(v.publishedAt)} · {v.organizer} · {v.note}
            {v.version === props.latest && <span class="badge"> đang áp dụng</span>}
          </p>
          <div class="form-actions">
            <button type="button" class="secondary" onClick={() => show(v.version)}>
              Xem thay đổi so với bản trước
            </button>
            {v.version !== props.latest && (
              <button
                type="button"
                class="secondary"
                data-action="rollback"
                disabled={props.busy}
                onClick={() => {
                  if (confirm(`Quay lại nội dung của bản ${v.version}? Một bản mới sẽ được xuất bản ngay.`)) props.onRollback(v.version);
                }}
              >
                Quay lại bản này
              </button>
            )}
          </div>
          {shown?.version === v.version && <ChangeList changes={shown.changes} />}
        </li>
      ))}
    </ol>
  );
}
