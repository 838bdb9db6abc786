import type { Draft } from './points-api';
import { ChangeList } from './change-list';
import { HistoryPanel } from './history-panel';
import { whenText } from './words';

/**
 * The province's versions on the points page: the one phones use now, what the draft would change,
 * publishing it with a one-line note; below the list of entries, every past version and going back
 * to one. The page keeps the state and runs the calls (onPublish, onRollback).
 */
export function PublishBox({ data, busy, onPublish }: { data: Draft; busy: boolean; onPublish: (e: Event) => void }) {
  return (
    <section aria-labelledby="publish-title" class="publish-box">
      <h2 id="publish-title">Xuất bản</h2>
      <p data-latest-version={data.latest?.version ?? 0}>
        {data.latest
          ? `Đang áp dụng: bản ${data.latest.version}, ${whenText(data.latest.publishedAt)}, ${data.latest.organizer}: ${data.latest.note}`
          : 'Chưa xuất bản lần nào: điện thoại đang dùng dữ liệu có sẵn trong ứng dụng.'}
      </p>
      <h3>Thay đổi chưa xuất bản (trong phạm vi của bạn)</h3>
      <ChangeList changes={data.unpublished} />
      <form onSubmit={onPublish} class="publish-form">
        <label for="note">Ghi chú một dòng (thay đổi gì)</label>
        <input id="note" name="note" required maxLength={200} placeholder="Ví dụ: Thêm buổi lưu động thứ Bảy ở ấp 3" />
        <button type="submit" disabled={busy || data.unpublished.length === 0} data-action="publish">
          Xuất bản cho người dân
        </button>
      </form>
    </section>
  );
}

/** Every published version of the province, each with its changes and a way back to it. */
export function PublishHistory(props: {
  province: string;
  latest: number;
  reloadKey: number;
  busy: boolean;
  onRollback: (v: number) => void;
}) {
  return (
    <section aria-labelledby="history-title">
      <h2 id="history-title">Lịch sử xuất bản</h2>
      <HistoryPanel {...props} />
    </section>
  );
}
