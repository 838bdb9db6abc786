import { useEffect, useState } from 'preact/hooks';
import type { EntryChange } from '../../core/publish/diff';
import { ChangeList } from './change-list';
import { diff, versions, type VersionSummary } from './points-api';
import { NoProvinces, ProvinceSelect, useProvinceChoice } from './province-choice';
import { whenText } from './words';
import './points.css';

interface ChangeRecord {
  at: string;
  organizer: string;
  action: 'seed' | 'save' | 'publish' | 'rollback';
  kind?: 'point' | 'session';
  id?: string;
  detail: string;
}

const ACTIONS: Record<ChangeRecord['action'], string> = {
  seed: 'Bắt đầu bản nháp',
  save: 'Lưu nháp',
  publish: 'Xuất bản',
  rollback: 'Quay lại',
};

async function changeLog(province: string): Promise<ChangeRecord[]> {
  const res = await fetch(`/api/dashboard/change-log/${encodeURIComponent(province)}`, { credentials: 'same-origin' });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return ((await res.json()) as { changes: ChangeRecord[] }).changes;
}

/** One end of the comparison: a version of the province, by its label. */
function VersionSelect(props: {
  id: string;
  label: string;
  options: { value: string; label: string }[];
  value: string;
  onChange: (v: string) => void;
}) {
  return (
    <div class="field">
      <label for={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(e) => props.onChange((e.currentTarget as HTMLSelectElement).value)}>
        {props.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/**
 * "Phiên bản": what changed between any two versions of a province (the built data, any published
 * version, the draft), and the change log of the organizer's area: every save, publish and roll-back
 * with who and when.
 */
export function VersionsPage() {
  const { list, province, setProvince } = useProvinceChoice();
  const [history, setHistory] = useState<VersionSummary[] | null>(null);
  const [log, setLog] = useState<ChangeRecord[] | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [shown, setShown] = useState<{ from: string; to: string; changes: EntryChange[] } | null>(null);
  const [error, setError] = useState('');

  useEffect(() => {
    if (!province) return;
    setHistory(null);
    setLog(null);
    setShown(null);
    void versions(province).then(
      (r) => {
        setHistory(r.versions);
        const latest = r.versions[0]?.version ?? 0;
        setFrom(String(Math.max(0, latest - 1)));
        setTo(latest ? String(latest) : 'draft');
      },
      (e: unknown) => setError(String(e)),
    );
    void changeLog(province).then(setLog, (e: unknown) => setError(String(e)));
  }, [province]);

  if (!list?.length)
    return (
      <main class="points-page">
        <NoProvinces list={list} />
      </main>
    );

  const options = [
    { value: '0', label: 'Dữ liệu có sẵn trong ứng dụng' },
    ...(history ?? []).map((v) => ({ value: String(v.version), label: `Bản ${v.version} · ${whenText(v.publishedAt)} · ${v.organizer}` })),
    { value: 'draft', label: 'Bản nháp hiện tại' },
  ];
  const name = (v: string) => options.find((o) => o.value === v)?.label ?? v;
  const compare = (e: Event) => {
    e.preventDefault();
    setError('');
    void diff(province, from, to).then(
      (r) => setShown({ from, to, changes: r.changes }),
      (x: unknown) => setError(x instanceof Error ? x.message : String(x)),
    );
  };

  return (
    <main class="points-page">
      <h1>Phiên bản và nhật ký thay đổi</h1>
      <ProvinceSelect id="versions-province" list={list} value={province} onChange={setProvince} />
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      <section aria-labelledby="compare-title">
        <h2 id="compare-title">So sánh hai phiên bản</h2>
        {!history ? (
          <p class="status">Đang tải…</p>
        ) : (
          <form class="publish-form" onSubmit={compare}>
            <VersionSelect id="compare-from" label="Từ" options={options} value={from} onChange={setFrom} />
            <VersionSelect id="compare-to" label="Đến" options={options} value={to} onChange={setTo} />
            <button type="submit" data-action="compare">
              So sánh
            </button>
          </form>
        )}
        {shown && (
          <div data-compared={`${shown.from}|${shown.to}`}>
            <h3>
              Từ “{name(shown.from)}” đến “{name(shown.to)}”: {shown.changes.length} thay đổi
            </h3>
            <ChangeList changes={shown.changes} />
          </div>
        )}
      </section>
      <section aria-labelledby="log-title">
        <h2 id="log-title">Nhật ký thay đổi trong địa bàn của bạn</h2>
        {!log ? (
          <p class="status">Đang tải…</p>
        ) : !log.length ? (
          <p class="hint">Chưa có thay đổi nào.</p>
        ) : (
          <div class="table-scroll" role="region" aria-labelledby="log-title" tabIndex={0}>
            <table class="change-log">
              <thead>
                <tr>
                  <th scope="col">Thời gian</th>
                  <th scope="col">Tài khoản</th>
                  <th scope="col">Việc</th>
                  <th scope="col">Mục</th>
                  <th scope="col">Chi tiết</th>
                </tr>
              </thead>
              <tbody>
                {log.map((r, i) => (
                  <tr key={i} data-log-action={r.action} data-log-entry={r.id}>
                    <td>{whenText(r.at)}</td>
                    <td>{r.organizer}</td>
                    <td>{ACTIONS[r.action] ?? r.action}</td>
                    <td>{r.kind ? `${r.kind === 'point' ? 'Điểm' : 'Buổi'} ${r.id ?? ''}` : ''}</td>
                    <td>{r.detail}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </main>
  );
}
