import { useEffect, useState } from 'preact/hooks';
import { checkNotice, isInForce, NOTICE_TEXT_MAX, type Notice, type NoticeProblem } from '../../core/notices/notice';
import { addNotice, endNotice, NoticeApiError, readNotices, type NoticeArea } from './notices-api';

const at = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
/** Tomorrow 20:00 in Vietnam, as a datetime-local value: a sensible first expiry. */
const defaultUntil = () => `${new Date(Date.now() + 7 * 3_600_000 + 86_400_000).toISOString().slice(0, 10)}T20:00`;

/**
 * Thông báo: a short dated notice for an area of the account's scope, with its expiry. Citizens see
 * it on the home screen and in the finder for that area within a minute, offline too, until it
 * expires or is taken down. Every notice stays listed with who posted it and who took it down.
 */
export function NoticesPage() {
  const [data, setData] = useState<{ areas: NoticeArea[]; notices: Notice[] } | null>(null);
  const [area, setArea] = useState('');
  const [text, setText] = useState('');
  const [until, setUntil] = useState(defaultUntil);
  const [problems, setProblems] = useState<NoticeProblem[]>([]);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const load = () =>
    void readNotices().then(
      (d) => {
        setData(d);
        setArea((a) => a || d.areas[0]?.code || '');
      },
      () => setSaid({ ok: false, text: 'Không tải được danh sách thông báo. Kiểm tra kết nối và thử lại.' }),
    );
  useEffect(load, []);
  const problem = (f: string) => problems.find((p) => p.field === f)?.message;

  const submit = async (e: Event) => {
    e.preventDefault();
    setSaid(null);
    const checked = checkNotice({ area, text, until }, new Date());
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    try {
      await addNotice({ area, text, until });
      setText('');
      setSaid({ ok: true, text: 'Đã đăng. Điện thoại của người dân trong khu vực thấy thông báo trong vòng một phút.' });
      load();
    } catch (err) {
      if (err instanceof NoticeApiError && err.problems.length) setProblems(err.problems);
      else setSaid({ ok: false, text: err instanceof Error ? `Không đăng được: ${err.message}` : 'Không đăng được.' });
    }
  };
  const takeDown = async (n: Notice) => {
    setSaid(null);
    try {
      await endNotice(n.id);
      setSaid({ ok: true, text: 'Đã gỡ thông báo.' });
      load();
    } catch (err) {
      setSaid({ ok: false, text: err instanceof Error ? `Không gỡ được: ${err.message}` : 'Không gỡ được.' });
    }
  };

  if (!data) return <p class="status">Đang tải…</p>;
  const now = new Date();
  const described = (id: string, name: string) => [`${id}-hint`, problem(name) ? `${id}-error` : ''].filter(Boolean).join(' ');
  return (
    <section aria-labelledby="notices-title">
      <h1 id="notices-title">Thông báo cho người dân</h1>
      <p class="muted">
        Một thông báo ngắn có hạn cho khu vực bạn phụ trách, ví dụ “VNeID đang quá tải, hãy thử lại sau 20:00”. Người dân thấy ở trang chủ
        và khi tìm điểm trong khu vực đó, kể cả khi không có mạng, cho đến khi hết hạn.
      </p>
      <div aria-live="polite">
        {said && (
          <p class={said.ok ? 'ok' : 'error'} role={said.ok ? undefined : 'alert'} data-said={said.ok ? 'ok' : 'error'}>
            {said.text}
          </p>
        )}
        {problems.length > 0 && (
          <p class="error" role="alert">
            Chưa đăng: sửa {problems.length} chỗ được đánh dấu bên dưới.
          </p>
        )}
      </div>
      <form class="stack" onSubmit={submit} data-form="notice" noValidate>
        <label for="notice-area">Khu vực</label>
        <select id="notice-area" name="area" value={area} onChange={(e) => setArea(e.currentTarget.value)}>
          {data.areas.map((a) => (
            <option key={a.code} value={a.code}>
              {a.name}
            </option>
          ))}
        </select>
        <label for="notice-text">Nội dung (tối đa {NOTICE_TEXT_MAX} ký tự)</label>
        <textarea
          id="notice-text"
          name="text"
          rows={3}
          maxLength={NOTICE_TEXT_MAX + 40}
          value={text}
          aria-describedby={described('notice-text', 'text')}
          aria-invalid={problem('text') ? 'true' : undefined}
          onInput={(e) => setText(e.currentTarget.value)}
        />
        <p id="notice-text-hint" class="hint">
          Đã viết {text.trim().length}/{NOTICE_TEXT_MAX} ký tự. Viết rõ việc gì, khi nào; không ghi số điện thoại cá nhân.
        </p>
        {problem('text') && (
          <p id="notice-text-error" class="error" data-problem="text">
            {problem('text')}
          </p>
        )}
        <label for="notice-until">Hết hạn lúc (giờ Việt Nam)</label>
        <input
          id="notice-until"
          name="until"
          type="datetime-local"
          value={until}
          aria-describedby={described('notice-until', 'until')}
          aria-invalid={problem('until') ? 'true' : undefined}
          onInput={(e) => setUntil(e.currentTarget.value)}
        />
        <p id="notice-until-hint" class="hint">
          Sau giờ này thông báo tự biến mất trên mọi điện thoại.
        </p>
        {problem('until') && (
          <p id="notice-until-error" class="error" data-problem="until">
            {problem('until')}
          </p>
        )}
        {problem('area') && (
          <p class="error" data-problem="area">
            {problem('area')}
          </p>
        )}
        <button type="submit" data-action="post-notice">
          Đăng thông báo
        </button>
      </form>
      <h2>Các thông báo (mới nhất trước)</h2>
      {data.notices.length === 0 ? (
        <p>Chưa có thông báo nào.</p>
      ) : (
        <ul data-notice-history>
          {data.notices.map((n) => {
            const live = isInForce(n, now);
            return (
              <li key={n.id} data-notice-id={n.id} data-in-force={live ? 'yes' : 'no'}>
                <strong>{n.text}</strong>
                <br />
                {n.areaName} · đăng bởi <strong>{n.by}</strong> · hiệu lực {at(n.from)} đến {at(n.until)}
                {n.endedAt && ` · đã gỡ bởi ${n.endedBy ?? ''} lúc ${at(n.endedAt)}`}
                {!n.endedAt && !live && ' · đã hết hạn'}
                {live && (
                  <>
                    {' '}
                    <button type="button" class="secondary" data-action="end-notice" onClick={() => void takeDown(n)}>
                      Gỡ thông báo
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
