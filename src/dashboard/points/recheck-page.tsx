import { useEffect, useState } from 'preact/hooks';
import { STALE_AFTER_DAYS } from '../../core/points/verification';
import { confirmEntry, recheck, type RecheckEntry } from './points-api';
import { NoProvinces, ProvinceSelect, useProvinceChoice } from './province-choice';

const ENTRY_KINDS = { point: 'điểm', session: 'buổi lưu động' } as const;

const todayInVietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const daysSince = (date: string) => Math.round((Date.parse(todayInVietnam()) - Date.parse(date)) / 86_400_000);

/**
 * "Cần kiểm tra lại": the points and sessions in force in the account's area, the longest
 * unconfirmed first. "Vẫn đúng" confirms one in a tap and publishes that confirmation at once
 * (docs/decisions/0027), nothing else: other unpublished edits stay drafts.
 */
export function RecheckPage() {
  const { list, province, setProvince } = useProvinceChoice();
  const [data, setData] = useState<{ latest: number; entries: RecheckEntry[] } | null>(null);
  const [said, setSaid] = useState<{ ok: boolean; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const load = () => (province ? void recheck(province).then(setData, (e: unknown) => setSaid({ ok: false, text: String(e) })) : undefined);
  useEffect(() => {
    setData(null);
    if (province) void recheck(province).then(setData, (e: unknown) => setSaid({ ok: false, text: String(e) }));
  }, [province]);

  const confirm = async (e: RecheckEntry) => {
    if (!data) return;
    setBusy(true);
    setSaid(null);
    try {
      const { version } = await confirmEntry(province, e.kind, e.id, data.latest);
      setSaid({ ok: true, text: `Đã xác nhận “${e.label}” vẫn đúng và xuất bản (bản ${version}). Người dân thấy trong vòng một phút.` });
      load();
    } catch (err) {
      setSaid({
        ok: false,
        text: `Chưa xác nhận được: ${err instanceof Error ? err.message : String(err)}. Hãy tải lại trang và thử lại.`,
      });
    } finally {
      setBusy(false);
    }
  };

  if (!list?.length) return <NoProvinces list={list} />;
  return (
    <section aria-labelledby="recheck-title">
      <h1 id="recheck-title">Cần kiểm tra lại</h1>
      <p class="muted">
        Điểm và buổi lưu động đang hiển thị cho người dân, mục lâu chưa xác nhận nhất ở trên. Mục quá {STALE_AFTER_DAYS} ngày chưa xác nhận
        bị xếp xuống cuối danh sách tìm kiếm và ghi “hãy gọi trước khi đến”. Gọi hoặc đến kiểm tra, rồi bấm “Vẫn đúng”; nếu có gì thay đổi,
        hãy sửa ở mục Điểm và lịch.
      </p>
      <ProvinceSelect id="recheck-province" list={list} value={province} onChange={setProvince} />
      <div aria-live="polite">
        {said && (
          <p class={said.ok ? 'ok' : 'error'} role={said.ok ? undefined : 'alert'} data-said={said.ok ? 'ok' : 'error'}>
            {said.text}
          </p>
        )}
      </div>
      {!data ? (
        <p class="status">Đang tải…</p>
      ) : (
        <ol data-recheck-list>
          {data.entries.map((e) => {
            const days = e.verified ? daysSince(e.verified) : undefined;
            const stale = days === undefined || days > STALE_AFTER_DAYS;
            return (
              <li key={`${e.kind}:${e.id}`} data-recheck-id={`${e.kind}:${e.id}`} data-stale={stale ? 'yes' : 'no'}>
                <strong>{e.label}</strong> ({ENTRY_KINDS[e.kind]}):{' '}
                {e.verified
                  ? `xác nhận ${days === 0 ? 'hôm nay' : `${days} ngày trước`} (${e.verified.split('-').reverse().join('/')}) bởi ${e.confirmedBy ?? 'không rõ'}`
                  : e.sample
                    ? 'dữ liệu mẫu, chưa từng xác nhận'
                    : 'chưa từng xác nhận'}{' '}
                <button type="button" class="secondary" data-action="still-true" disabled={busy} onClick={() => void confirm(e)}>
                  Vẫn đúng<span class="visually-hidden">: {e.label}</span>
                </button>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
