import { useEffect, useState } from 'preact/hooks';
import { checkDayOff, type DayOffKind, type NoticeProblem } from '../../core/notices/notice';
import { NoticeApiError, readDaysOff, removeDayOff, setDayOff, type DayOffChange, type DayOffRecord } from './notices-api';

const KIND_NAMES: Record<DayOffKind, string> = { holiday: 'Ngày lễ', compensatory: 'Ngày nghỉ bù' };
const at = (iso: string) => new Date(iso).toLocaleString('vi-VN', { timeZone: 'Asia/Ho_Chi_Minh' });
const day = (date: string) => date.split('-').reverse().join('/');

/**
 * Ngày nghỉ (admins): official holidays and compensatory days for the whole deployment. The finder
 * shows public offices as closed ("Nghỉ lễ") on them, offline too. Every change is kept with who made it.
 */
export function DaysOffPage() {
  const [data, setData] = useState<{ daysOff: DayOffRecord[]; changes: DayOffChange[] } | null>(null);
  const [date, setDate] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<DayOffKind>('holiday');
  const [problems, setProblems] = useState<NoticeProblem[]>([]);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const load = () =>
    void readDaysOff().then(setData, () =>
      setSaid({ ok: false, text: 'Không tải được danh sách ngày nghỉ. Kiểm tra kết nối và thử lại.' }),
    );
  useEffect(load, []);
  const problem = (f: string) => problems.find((p) => p.field === f)?.message;

  const fail = (err: unknown, what: string) => {
    if (err instanceof NoticeApiError && err.problems.length) setProblems(err.problems);
    else setSaid({ ok: false, text: err instanceof Error ? `${what}: ${err.message}` : what });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setSaid(null);
    const checked = checkDayOff({ date, name, kind }, new Date());
    if (!checked.ok) return setProblems(checked.problems);
    setProblems([]);
    try {
      await setDayOff(checked.dayOff);
      setSaid({ ok: true, text: `Đã lưu ngày nghỉ ${day(checked.dayOff.date)}. Điện thoại của người dân nhận được trong vòng một phút.` });
      setName('');
      load();
    } catch (err) {
      fail(err, 'Không lưu được');
    }
  };
  const remove = async (d: DayOffRecord) => {
    setSaid(null);
    try {
      await removeDayOff(d.date);
      setSaid({ ok: true, text: `Đã bỏ ngày nghỉ ${day(d.date)}.` });
      load();
    } catch (err) {
      fail(err, 'Không bỏ được');
    }
  };

  if (!data) return <p class="status">Đang tải…</p>;
  const field = (id: string, f: string) => ({
    id,
    name: f,
    'aria-invalid': problem(f) ? ('true' as const) : undefined,
    'aria-describedby': problem(f) ? `${id}-error` : undefined,
  });
  const error = (id: string, f: string) =>
    problem(f) && (
      <p id={`${id}-error`} class="error" data-problem={f}>
        {problem(f)}
      </p>
    );
  return (
    <section aria-labelledby="days-off-title">
      <h1 id="days-off-title">Ngày nghỉ lễ và nghỉ bù</h1>
      <p class="muted">
        Những ngày cơ quan nhà nước nghỉ theo thông báo chính thức. Trong ứng dụng, các điểm đăng ký hiện “Nghỉ lễ” vào những ngày này (trừ
        điểm có giờ riêng cho ngày lễ).
      </p>
      <div aria-live="polite">
        {said && (
          <p class={said.ok ? 'ok' : 'error'} role={said.ok ? undefined : 'alert'} data-said={said.ok ? 'ok' : 'error'}>
            {said.text}
          </p>
        )}
      </div>
      <form class="stack" onSubmit={submit} data-form="day-off" noValidate>
        <label for="day-off-date">Ngày</label>
        <input type="date" value={date} onInput={(e) => setDate(e.currentTarget.value)} {...field('day-off-date', 'date')} />
        {error('day-off-date', 'date')}
        <label for="day-off-name">Tên ngày nghỉ</label>
        <input type="text" value={name} onInput={(e) => setName(e.currentTarget.value)} {...field('day-off-name', 'name')} />
        {error('day-off-name', 'name')}
        <label for="day-off-kind">Loại</label>
        <select value={kind} onChange={(e) => setKind(e.currentTarget.value as DayOffKind)} {...field('day-off-kind', 'kind')}>
          {(Object.keys(KIND_NAMES) as DayOffKind[]).map((k) => (
            <option key={k} value={k}>
              {KIND_NAMES[k]}
            </option>
          ))}
        </select>
        {error('day-off-kind', 'kind')}
        <button type="submit" data-action="save-day-off">
          Lưu ngày nghỉ
        </button>
      </form>
      <h2>Các ngày nghỉ đã nhập</h2>
      {data.daysOff.length === 0 ? (
        <p>Chưa có ngày nào. Ứng dụng vẫn dùng lịch nghỉ lễ có sẵn trong dữ liệu.</p>
      ) : (
        <ul data-days-off>
          {data.daysOff.map((d) => (
            <li key={d.date} data-day-off={d.date}>
              <strong>{day(d.date)}</strong>: {d.name} ({KIND_NAMES[d.kind]}) · {d.by}, {at(d.at)}{' '}
              <button type="button" class="secondary" data-action="remove-day-off" onClick={() => void remove(d)}>
                Bỏ ngày {day(d.date)}
              </button>
            </li>
          ))}
        </ul>
      )}
      {data.changes.length > 0 && (
        <>
          <h2>Lịch sử thay đổi</h2>
          <ul data-days-off-history>
            {data.changes.map((c, i) => (
              <li key={i}>
                {at(c.at)}: <strong>{c.by}</strong> {c.action === 'set' ? 'đặt' : 'bỏ'} ngày {day(c.date)} ({c.name})
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
