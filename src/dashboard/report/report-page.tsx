import { useEffect, useState } from 'preact/hooks';
import { localities } from 'virtual:content/points/localities';
import { buildDailyReport, type DailyReport } from '../../core/counts/daily-report';
import { addDays, localDay } from '../../core/counts/dimensions';
import { reportTable, tableCsv } from '../../core/counts/report-table';
import { ApiError, reportData } from '../api';
import { PlacePicker } from '../place-picker';
import { ReportView } from './report-view';
import './report.css';

type Preset = 'morning' | 'afternoon' | 'period';
const today = () => localDay(new Date());
const formatDay = (d: string) => `${d.slice(8, 10)}/${d.slice(5, 7)}/${d.slice(0, 4)}`;

/**
 * Báo cáo ngày: the report organizers send up the chain. The plans report at 08:00 (yesterday,
 * the whole day) and at 17:00 (today so far: devices send when they are online, so today's
 * numbers still grow); or any period. Counts are kept per day, never per hour, so a period is
 * whole days.
 */
export function ReportPage({ scope: accountScope, unit, onOut }: { scope?: string; unit?: string; onOut: () => void }) {
  const [preset, setPreset] = useState<Preset>('morning');
  const [from, setFrom] = useState(addDays(today(), -1));
  const [to, setTo] = useState(addDays(today(), -1));
  const [place, setPlace] = useState<string | undefined>(undefined);
  const [shared, setShared] = useState(true);
  const [report, setReport] = useState<DailyReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The account's area (undefined: everything); the server narrows every answer to it anyway.
  const [scope, setScope] = useState<string | undefined>(accountScope);

  const period =
    preset === 'morning'
      ? { from: addDays(today(), -1), to: addDays(today(), -1) }
      : preset === 'afternoon'
        ? { from: today(), to: today() }
        : { from, to };

  useEffect(() => {
    let live = true;
    setError(null);
    reportData({ from: period.from, to: period.to, locality: place }).then(
      (data) => {
        if (!live) return;
        setScope(data.scope);
        setReport(buildDailyReport(data.rows, localities, { from: data.from, to: data.to, scope: place ?? data.scope }));
      },
      (e: unknown) => {
        if (!live) return;
        if (e instanceof ApiError && e.status === 401) onOut();
        else setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => void (live = false);
    // The period is compared by its dates: it is a new object every render.
  }, [period.from, period.to, place, onOut]);

  const when = report
    ? report.from === report.to
      ? `ngày ${formatDay(report.from)}`
      : `từ ${formatDay(report.from)} đến ${formatDay(report.to)}`
    : '';
  const area = place ?? scope;
  const areaName = area ? (localities.find((l) => l.code === area)?.name ?? area) : 'Toàn bộ địa bàn';
  const fileBase = report
    ? `bao-cao-ngay-${report.from}${report.to !== report.from ? `_${report.to}` : ''}${area ? `-${area}` : ''}`
    : 'bao-cao';

  const download = (blob: Blob, name: string) => {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
  };
  const csv = () =>
    report && download(new Blob([tableCsv(reportTable(report, shared))], { type: 'text/csv;charset=utf-8' }), `${fileBase}.csv`);
  const xlsx = async () => {
    if (!report) return;
    const { reportXlsx } = await import('./report-xlsx');
    download(await reportXlsx(reportTable(report, shared)), `${fileBase}.xlsx`);
  };

  const heading = (
    <header class="report-heading">
      {unit && <p class="report-unit">{unit}</p>}
      <h2>
        Báo cáo ngày: {areaName}, {when}
      </h2>
      <p class="report-note">
        Số liệu ẩn danh: chỉ có số lượt, không có tên, số định danh, số điện thoại hay địa chỉ của ai.
        {shared ? ' Bản chia sẻ: số từ 1 đến 4 ghi "<5".' : ' Bản nội bộ: số đầy đủ, không gửi ra ngoài.'}
      </p>
    </header>
  );

  return (
    <main class="report">
      <h1 class="no-print">Báo cáo ngày</h1>
      <form class="filters no-print" onSubmit={(e) => e.preventDefault()}>
        <fieldset>
          <legend>Kỳ báo cáo</legend>
          {(
            [
              ['morning', 'Báo cáo 08:00: cả ngày hôm qua'],
              ['afternoon', 'Báo cáo 17:00: hôm nay, đến lúc này'],
              ['period', 'Chọn khoảng ngày'],
            ] as const
          ).map(([value, label]) => (
            <label class="choice" key={value}>
              <input type="radio" name="preset" value={value} checked={preset === value} onChange={() => setPreset(value)} />
              {label}
            </label>
          ))}
        </fieldset>
        {preset === 'period' && (
          <>
            <div>
              <label for="report-from">Từ ngày</label>
              <input id="report-from" type="date" value={from} max={to} onChange={(e) => setFrom(e.currentTarget.value)} />
            </div>
            <div>
              <label for="report-to">Đến ngày</label>
              <input id="report-to" type="date" value={to} min={from} onChange={(e) => setTo(e.currentTarget.value)} />
            </div>
          </>
        )}
        <PlacePicker scope={scope} value={place} onChange={setPlace} />
        <label class="choice">
          <input type="checkbox" name="shared" checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />
          Bản chia sẻ (ẩn số dưới 5)
        </label>
      </form>
      {error && (
        <p class="error" role="alert">
          {error}
        </p>
      )}
      {report && (
        <>
          <ul class="downloads no-print">
            <li>
              <button type="button" onClick={() => window.print()}>
                In (A4)
              </button>
            </li>
            <li>
              <button type="button" class="secondary" data-download="csv" onClick={csv}>
                Tải CSV (UTF-8)
              </button>
            </li>
            <li>
              <button type="button" class="secondary" data-download="xlsx" onClick={() => void xlsx()}>
                Tải Excel (.xlsx)
              </button>
            </li>
          </ul>
          <p class="hint no-print">Excel trên máy cài tiếng Việt: dùng tệp .xlsx (mở đúng cột, giữ mã như 01 ở dạng chữ).</p>
          <div aria-live="polite" data-report-ready={`${report.from}|${report.to}|${area ?? ''}|${shared ? 'shared' : 'full'}`}>
            <ReportView report={report} shared={shared} heading={heading} />
          </div>
        </>
      )}
    </main>
  );
}
