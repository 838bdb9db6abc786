import { useState } from 'preact/hooks';
import { ApiError, login, type Me } from './api';

/** Organizers log in with the name and password made by `npm run organizer -- add NAME`. */
export function LoginPage({ onIn }: { onIn: (me: Me) => void }) {
  const [error, setError] = useState<{ kind: 'locked' | 'wrong' | 'unreachable'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget as HTMLFormElement);
    setBusy(true);
    setError(null);
    try {
      const res = await login(String(form.get('name') ?? ''), String(form.get('password') ?? ''));
      onIn({ name: res.name ?? '', scope: res.scope ?? '' });
    } catch (err) {
      if (err instanceof ApiError && err.status === 429)
        setError({ kind: 'locked', text: `Đăng nhập sai nhiều lần. Thử lại sau ${err.retryAfter ?? 60} giây.` });
      else if (err instanceof ApiError && err.status === 401) setError({ kind: 'wrong', text: 'Sai tên hoặc mật khẩu.' });
      else setError({ kind: 'unreachable', text: 'Không đăng nhập được. Kiểm tra kết nối và thử lại.' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <main class="login">
      <h1>Thống kê ẩn danh</h1>
      <p>Trang dành cho ban tổ chức. Đăng nhập để xem số liệu và cập nhật thông tin cho người dân.</p>
      {error && (
        <p class="error" role="alert" data-login-error={error.kind}>
          {error.text}
        </p>
      )}
      <form onSubmit={submit} data-form="login">
        <label for="name">Tên tài khoản</label>
        <input id="name" name="name" autocomplete="username" required maxLength={32} />
        <label for="password">Mật khẩu</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
        <button type="submit" disabled={busy}>
          Đăng nhập
        </button>
      </form>
    </main>
  );
}
