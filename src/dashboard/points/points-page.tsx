import { useEffect, useState } from 'preact/hooks';
import type { Cells, DraftEntry, EntryKind, EntryProblem } from '../../core/publish/draft';
import { SessionForm, PointForm } from './entry-forms';
import { ConflictView } from './conflict-view';
import { SheetPanel } from './sheet-panel';
import { TeamCards } from './team-cards';
import { PublishBox, PublishHistory } from './publish-box';
import { SessionList } from './session-list';
import { draft as loadDraft, publish, rollback, saveEntry, PointsApiError, type Draft } from './points-api';
import { NoProvinces, ProvinceSelect, useProvinceChoice } from './province-choice';
import { KIND_NAMES, newId, problemText } from './words';
import './points.css';

type Editing = { kind: EntryKind; entry?: DraftEntry; id: string } | null;
type Conflict = { kind: EntryKind; id: string; theirs: DraftEntry | null; yours: Cells } | null;

/**
 * "Điểm và lịch": the province's points and mobile sessions as a draft the organizer edits, then
 * publishes to phones with a one-line note. Only entries inside the account's area can be changed.
 */
export function PointsPage({ name }: { name: string }) {
  const { list, province, setProvince } = useProvinceChoice();
  const [data, setData] = useState<Draft | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [problems, setProblems] = useState<EntryProblem[]>([]);
  const [conflict, setConflict] = useState<Conflict>(null);
  const [said, setSaid] = useState<{ kind: 'ok' | 'error'; text: string; problems?: EntryProblem[] } | null>(null);
  const [busy, setBusy] = useState(false);
  const [historyKey, setHistoryKey] = useState(0);

  const reload = () =>
    province ? loadDraft(province).then(setData, (e: unknown) => setSaid({ kind: 'error', text: String(e) })) : undefined;
  useEffect(() => {
    setData(null);
    if (province) loadDraft(province).then(setData, (e: unknown) => setSaid({ kind: 'error', text: String(e) }));
  }, [province]);

  if (!list?.length) return <NoProvinces list={list} />;

  const entries = data?.entries ?? [];
  const points = entries.filter((e) => e.kind === 'point');
  const sessions = entries.filter((e) => e.kind === 'session').sort((a, b) => (a.cells.dates ?? '').localeCompare(b.cells.dates ?? ''));
  const pointName = (id: string) => points.find((p) => p.id === id)?.cells.name ?? id;

  async function save(kind: EntryKind, id: string, cells: Cells, rev: number, after?: string) {
    setBusy(true);
    setProblems([]);
    try {
      await saveEntry(province, kind, id, cells, rev);
      setEditing(null);
      setConflict(null);
      setSaid({ kind: 'ok', text: after ?? 'Đã lưu vào bản nháp. Người dân chưa thấy cho đến khi bạn xuất bản.' });
      await reload();
    } catch (e) {
      if (e instanceof PointsApiError && e.status === 409) setConflict({ kind, id, theirs: e.body.theirs ?? null, yours: cells });
      else if (e instanceof PointsApiError && e.body.problems) setProblems(e.body.problems);
      else setSaid({ kind: 'error', text: e instanceof Error ? e.message : String(e) });
    } finally {
      setBusy(false);
    }
  }

  async function run(action: () => Promise<{ version: number }>, done: (v: number) => string) {
    setBusy(true);
    setSaid(null);
    try {
      const { version } = await action();
      setSaid({ kind: 'ok', text: done(version) });
      setHistoryKey((k) => k + 1);
      await reload();
    } catch (e) {
      if (e instanceof PointsApiError && e.status === 409)
        setSaid({ kind: 'error', text: `Người khác vừa xuất bản bản ${e.body.latest ?? ''}. Trang đã tải lại: hãy xem rồi xuất bản lại.` });
      else if (e instanceof PointsApiError && e.body.problems)
        setSaid({ kind: 'error', text: 'Chưa xuất bản: còn lỗi. Bản đang áp dụng không thay đổi.', problems: e.body.problems });
      else
        setSaid({ kind: 'error', text: `Chưa xuất bản (${e instanceof Error ? e.message : String(e)}). Bản đang áp dụng không thay đổi.` });
      await reload();
    } finally {
      setBusy(false);
    }
  }

  const onPublish = (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const note = String(new FormData(form).get('note') ?? '').trim();
    void run(
      () => publish(province, note, data?.latest?.version ?? 0),
      (v) => {
        form.reset();
        return `Đã xuất bản bản ${v}. Điện thoại mở trang tìm điểm sẽ nhận trong vòng một phút.`;
      },
    );
  };

  const form =
    editing &&
    (editing.kind === 'session' ? (
      <SessionForm
        key={editing.id}
        entry={editing.entry}
        places={points.map((p) => ({ id: p.id, name: p.cells.name ?? p.id, kind: p.cells.kind ?? '' }))}
        defaultSource={`Ban tổ chức (${name})`}
        problems={problems}
        busy={busy}
        onSubmit={(cells) => void save('session', editing.id, cells, editing.entry?.rev ?? 0)}
        onCancel={() => setEditing(null)}
      />
    ) : (
      <PointForm
        key={editing.id}
        entry={editing.entry}
        province={province}
        problems={problems}
        busy={busy}
        onSubmit={(cells) => void save('point', editing.id, cells, editing.entry?.rev ?? 0)}
        onCancel={() => setEditing(null)}
      />
    ));

  return (
    <main class="points-page">
      <h1>Điểm đăng ký và lịch tổ lưu động</h1>
      <ProvinceSelect id="province" list={list} value={province} onChange={setProvince} />
      {said && (
        <div class={said.kind === 'ok' ? 'notice' : 'error'} role={said.kind === 'ok' ? 'status' : 'alert'} data-said={said.kind}>
          <p>{said.text}</p>
          {said.problems && (
            <ul>
              {said.problems.map((p, i) => (
                <li key={i}>
                  {p.kind === 'point' ? 'Điểm' : 'Buổi'} {p.id}: {problemText(p)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {!data ? (
        <p class="status">Đang tải bản nháp…</p>
      ) : (
        <>
          <PublishBox data={data} busy={busy} onPublish={onPublish} />

          <section aria-labelledby="sheet-title">
            <h2 id="sheet-title">Sửa bằng bảng tính (Excel, CSV)</h2>
            <SheetPanel
              province={province}
              onPublished={(v) => {
                setSaid({ kind: 'ok', text: `Đã xuất bản bản ${v} theo tệp. Điện thoại mở trang tìm điểm sẽ nhận trong vòng một phút.` });
                setHistoryKey((k) => k + 1);
                void reload();
              }}
            />
          </section>

          {conflict && (
            <ConflictView
              theirs={conflict.theirs}
              yours={conflict.yours}
              onKeepMine={() => void save(conflict.kind, conflict.id, conflict.yours, conflict.theirs?.rev ?? 0)}
              onTakeTheirs={() => {
                setConflict(null);
                setEditing(null);
                void reload();
              }}
            />
          )}

          <SessionList
            sessions={sessions}
            pointName={pointName}
            busy={busy}
            formFor={(id) => (editing?.kind === 'session' && editing.entry?.id === id ? form : null)}
            onAdd={() => (setProblems([]), setEditing({ kind: 'session', id: newId('buoi') }))}
            onEdit={(s) => (setProblems([]), setEditing({ kind: 'session', entry: s, id: s.id }))}
            onSave={(id, cells, rev, after) => void save('session', id, cells, rev, after)}
          />

          <section aria-labelledby="cards-title">
            <h2 id="cards-title">Thẻ tổ công tác (in ra)</h2>
            <TeamCards sessions={sessions.filter((s) => s.editable)} points={points} />
          </section>

          <section aria-labelledby="points-title">
            <h2 id="points-title">Điểm đăng ký, điểm hướng dẫn</h2>
            <button
              type="button"
              class="secondary"
              data-action="add-point"
              onClick={() => (setProblems([]), setEditing({ kind: 'point', id: newId('diem') }))}
            >
              Thêm điểm
            </button>
            {editing?.kind === 'point' && !editing.entry && form}
            <ul class="entries">
              {points.map((p) => (
                <li key={p.id} data-entry-id={p.id}>
                  <p>
                    <strong>{p.cells.name}</strong> · {KIND_NAMES[p.cells.kind ?? ''] ?? p.cells.kind} · {p.cells.commune}
                    {p.cells.closed && <strong> · {p.cells.closed === 'temporary' ? 'TẠM ĐÓNG' : 'ĐÃ ĐÓNG'}</strong>}
                  </p>
                  {p.editable ? (
                    <button
                      type="button"
                      class="secondary"
                      onClick={() => (setProblems([]), setEditing({ kind: 'point', entry: p, id: p.id }))}
                    >
                      Sửa
                    </button>
                  ) : (
                    <p class="hint">Ngoài phạm vi của bạn.</p>
                  )}
                  {editing?.kind === 'point' && editing.entry?.id === p.id && form}
                </li>
              ))}
            </ul>
          </section>

          <PublishHistory
            province={province}
            latest={data.latest?.version ?? 0}
            reloadKey={historyKey}
            busy={busy}
            onRollback={(v) =>
              void run(
                () => rollback(province, v, data.latest?.version ?? 0),
                (n) => `Đã quay lại nội dung bản ${v} (xuất bản thành bản ${n}).`,
              )
            }
          />
        </>
      )}
    </main>
  );
}
