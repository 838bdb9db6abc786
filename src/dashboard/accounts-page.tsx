import { useEffect, useState } from 'preact/hooks';
import { parseScope, scopeLabel } from '../core/organizers/scope';
import { ApiError } from './api';
import { addAccount, listAccounts, removeAccount, type Account } from './accounts-api';

/**
 * Admins manage organizer accounts: who may log in and which area each may see and edit
 * (the same as `npm run organizer`). The server checks everything again; this page only helps.
 */
export function AccountsPage({ self }: { self: string }) {
  const [accounts, setAccounts] = useState<Account[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [scopeProblem, setScopeProblem] = useState<string | null>(null);

  const reload = () =>
    listAccounts().then(
      (r) => setAccounts(r.accounts),
      (e: unknown) => setError(messageOf(e)),
    );
  useEffect(() => void reload(), []);

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const data = new FormData(form);
    const scope = String(data.get('scope') ?? '');
    if (!parseScope(scope)) {
      setScopeProblem('Phạm vi: ghi "admin", mã tỉnh 2 số (79) hoặc mã tỉnh-xã (79-26734).');
      return;
    }
    setScopeProblem(null);
    setError(null);
    try {
      const name = String(data.get('name') ?? '');
      await addAccount({ name, password: String(data.get('password') ?? ''), scope });
      form.reset();
      setDone(`Đã tạo tài khoản ${name.trim().toLowerCase()}.`);
      await reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  const remove = async (name: string) => {
    if (!confirm(`Xoá tài khoản ${name}? Người đó sẽ bị đăng xuất ngay.`)) return;
    try {
      await removeAccount(name);
      setDone(`Đã xoá tài khoản ${name}.`);
      await reload();
    } catch (err) {
      setError(messageOf(err));
    }
  };

  return (
    <section aria-labelledby="accounts-title">
      <h1 id="accounts-title">Tài khoản ban tổ chức</h1>
      <p class="muted">Mỗi tài khoản chỉ xem và sửa được địa bàn của mình: toàn hệ thống (quản trị), một tỉnh/thành hoặc một xã/phường.</p>
      <div aria-live="polite">
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {done && <p class="ok">{done}</p>}
      </div>
      {accounts && (
        <div class="table-wrap" tabIndex={0} role="region" aria-labelledby="accounts-list-title">
          <h2 id="accounts-list-title">Danh sách</h2>
          <table data-accounts>
            <thead>
              <tr>
                <th scope="col">Tên</th>
                <th scope="col">Phạm vi</th>
                <th scope="col">Ngày tạo</th>
                <th scope="col">
                  <span class="visually-hidden">Thao tác</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {accounts.map((a) => (
                <tr key={a.name} data-account={a.name} data-scope={a.scope}>
                  <td class="text">{a.name}</td>
                  <td class="text">{scopeLabel(a.scope)}</td>
                  <td class="text">{a.created}</td>
                  <td class="text">
                    {a.name !== self && (
                      <button type="button" class="secondary" data-action="remove" onClick={() => void remove(a.name)}>
                        Xoá<span class="visually-hidden"> {a.name}</span>
                      </button>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>Thêm tài khoản</h2>
      <form class="stack" onSubmit={submit} data-form="add-account">
        <label for="account-name">Tên tài khoản</label>
        <input
          id="account-name"
          name="name"
          required
          minLength={2}
          maxLength={32}
          pattern="[a-zA-Z0-9][a-zA-Z0-9._\-]{1,31}"
          aria-describedby="account-name-hint"
        />
        <p id="account-name-hint" class="hint">
          2–32 ký tự a–z, 0–9, dấu . _ - (ví dụ: doi06-phuong5). Không dùng họ tên người.
        </p>
        <label for="account-password">Mật khẩu</label>
        <input
          id="account-password"
          name="password"
          type="password"
          autocomplete="new-password"
          required
          minLength={10}
          aria-describedby="account-password-hint"
        />
        <p id="account-password-hint" class="hint">
          Ít nhất 10 ký tự.
        </p>
        <label for="account-scope">Phạm vi</label>
        <input
          id="account-scope"
          name="scope"
          required
          placeholder="79 hoặc 79-26734"
          aria-describedby="account-scope-hint"
          aria-invalid={scopeProblem ? 'true' : undefined}
          aria-errormessage={scopeProblem ? 'account-scope-error' : undefined}
        />
        <p id="account-scope-hint" class="hint">
          "admin": toàn hệ thống; mã tỉnh 2 số; hoặc mã tỉnh-xã như 79-26734 (mã dùng trong thống kê).
        </p>
        {scopeProblem && (
          <p id="account-scope-error" class="error">
            {scopeProblem}
          </p>
        )}
        <button type="submit">Tạo tài khoản</button>
      </form>
    </section>
  );
}

function messageOf(e: unknown): string {
  if (e instanceof ApiError && e.status === 409) return 'Tên tài khoản này đã có.';
  if (e instanceof ApiError && e.status === 403) return 'Chỉ tài khoản quản trị được quản lý tài khoản.';
  if (e instanceof ApiError) return `Không lưu được: ${e.message}`;
  return 'Không kết nối được máy chủ. Kiểm tra kết nối và thử lại.';
}
