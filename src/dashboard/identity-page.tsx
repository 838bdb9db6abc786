import { useState } from 'preact/hooks';
import { checkIdentity, HOTLINES_MAX, type DeploymentIdentity, type IdentityProblem } from '../core/identity/identity';
import { ApiError } from './api';
import { saveIdentity, type IdentityChange } from './identity-api';

const EMPTY: DeploymentIdentity = { unit: '', area: '', hotlines: [] };
const rows = (i: DeploymentIdentity) =>
  [...i.hotlines, ...Array.from({ length: HOTLINES_MAX }, () => ({ number: '', label: '' }))].slice(0, HOTLINES_MAX);

/**
 * Đơn vị: who runs this copy, the area it serves and its local hotlines, shown to citizens in the
 * footer, the about screen and on posters. Admins edit it; the same check runs here as you save
 * and again on the server, and every change is kept with who made it.
 */
export function IdentityPage({
  current,
  history,
  onSaved,
}: {
  current: IdentityChange | null;
  history: IdentityChange[];
  onSaved: () => void;
}) {
  const [draft, setDraft] = useState<DeploymentIdentity>(current?.identity ?? EMPTY);
  const [lines, setLines] = useState(rows(current?.identity ?? EMPTY));
  const [problems, setProblems] = useState<IdentityProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const problem = (field: string) => problems.find((p) => p.field === field)?.message;

  const submit = async (e: Event) => {
    e.preventDefault();
    setDone(false);
    setError(null);
    const checked = checkIdentity({ ...draft, hotlines: lines });
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    try {
      await saveIdentity(checked.identity);
      setDone(true);
      onSaved();
    } catch (err) {
      setError(err instanceof ApiError ? `Không lưu được: ${err.message}` : 'Không kết nối được máy chủ. Kiểm tra kết nối và thử lại.');
    }
  };

  const field = (id: string, name: string, label: string, hint: string, value: string, set: (v: string) => void, type = 'text') => (
    <>
      <label for={id}>{label}</label>
      <input
        id={id}
        name={name}
        type={type}
        value={value}
        inputMode={type === 'tel' ? 'tel' : undefined}
        aria-describedby={`${id}-hint`}
        aria-invalid={problem(name) ? 'true' : undefined}
        aria-errormessage={problem(name) ? `${id}-error` : undefined}
        onInput={(e) => set(e.currentTarget.value)}
      />
      <p id={`${id}-hint`} class="hint">
        {hint}
      </p>
      {problem(name) && (
        <p id={`${id}-error`} class="error" data-problem={name}>
          {problem(name)}
        </p>
      )}
    </>
  );

  return (
    <section aria-labelledby="identity-title">
      <h1 id="identity-title">Đơn vị thực hiện</h1>
      <p class="muted">Người dân thấy tên đơn vị, địa bàn và số điện thoại này ở cuối mỗi trang, trong mục Giới thiệu và trên áp phích.</p>
      <div aria-live="polite">
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {problems.length > 0 && (
          <p class="error" role="alert">
            Chưa lưu: sửa {problems.length} chỗ được đánh dấu bên dưới.
          </p>
        )}
        {done && (
          <p class="ok" data-saved>
            Đã lưu. Điện thoại của người dân nhận được ở lần mở trang tiếp theo khi có mạng.
          </p>
        )}
      </div>
      <form class="stack" onSubmit={submit} data-form="identity" noValidate>
        {field(
          'identity-unit',
          'unit',
          'Tên đơn vị',
          'Ví dụ: Công an phường Chợ Quán, Đoàn Thanh niên phường Chợ Quán.',
          draft.unit,
          (unit) => setDraft({ ...draft, unit }),
        )}
        {field('identity-area', 'area', 'Địa bàn phục vụ', 'Ví dụ: Phường Chợ Quán, TP. Hồ Chí Minh.', draft.area, (area) =>
          setDraft({ ...draft, area }),
        )}
        {lines.map((h, i) => (
          <fieldset key={i}>
            <legend>Số điện thoại hỗ trợ {i + 1} (không bắt buộc)</legend>
            {field(
              `identity-number-${i}`,
              `hotlines.${i}.number`,
              'Số',
              'Số của đơn vị, ví dụ 028 3855 1234.',
              h.number,
              (number) => setLines(lines.map((l, j) => (j === i ? { ...l, number } : l))),
              'tel',
            )}
            {field(
              `identity-label-${i}`,
              `hotlines.${i}.label`,
              'Ai nghe máy',
              'Ví dụ: Công an phường (giờ hành chính).',
              h.label,
              (label) => setLines(lines.map((l, j) => (j === i ? { ...l, label } : l))),
            )}
          </fieldset>
        ))}
        <button type="submit">Lưu</button>
      </form>
      {history.length > 0 && (
        <>
          <h2>Lịch sử thay đổi</h2>
          <ul data-identity-history>
            {history.map((c) => (
              <li key={c.at}>
                {new Date(c.at).toLocaleString('vi-VN')}: <strong>{c.by}</strong> đặt tên “{c.identity.unit}”
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
