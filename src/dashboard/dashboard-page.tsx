import { useEffect, useState } from 'preact/hooks';
import { addDays, localDay } from '../core/counts/dimensions';
import { FUNNEL_LABELS, VOLUNTEER_OUTCOME_LABELS, PERSON_OUTCOME_LABELS } from '../core/counts/labels';
import { SHARE_MIN_COUNT } from '../core/counts/metrics';
import { isAdmin, type Scope } from '../core/organizers/scope';
import { ApiError, exportHref, places, summary, type Filter, type PlaceTablePage, type Summary } from './api';
import { BarList } from './charts/bar-list';
import { DayChart } from './charts/day-chart';
import { Filters } from './filters';
import { outcomeName, useStepNames } from './names';
import { PlaceTable } from './place-table';

// Organizers' local days, as the devices count them.
const today = () => localDay(new Date());
const daysAgo = (n: number) => addDays(today(), -n);

type Data = { summary: Summary; table: PlaceTablePage };

/** The anonymous counts of the account's scope (a province or commune account starts on its own area). */
export function DashboardPage({ scope, onOut }: { scope: Scope; onOut: () => void }) {
  const [filter, setFilter] = useState<Filter>({ from: daysAgo(29), to: today(), locality: isAdmin(scope) ? undefined : scope });
  const [data, setData] = useState<Data | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setError(null);
    Promise.all([summary(filter), places(filter)]).then(
      ([s, table]) => live && setData({ summary: s, table }),
      (e: unknown) => {
        if (!live) return;
        if (e instanceof ApiError && e.status === 401) onOut();
        else setError(e instanceof Error ? e.message : String(e));
      },
    );
    return () => void (live = false);
  }, [filter, onOut]);

  const s = data?.summary;
  const stepName = useStepNames(s?.blockers.slice(0, 12).map((b) => b.id) ?? []);
  return (
    <>
      <main>
        <h1>Thống kê ẩn danh</h1>
        <p class="muted">
          Chỉ có số lượt theo ngày, địa bàn, kênh và mã nguồn. Không có tên, số định danh, số điện thoại hay vị trí của ai.
        </p>
        <Filters value={filter} scope={isAdmin(scope) ? undefined : scope} onApply={setFilter} />
        {error && (
          <p class="error" role="alert">
            {error}
          </p>
        )}
        {s && (
          <div aria-live="polite">
            <DayChart
              title="Lượt theo ngày"
              days={s.days}
              series={[
                { label: FUNNEL_LABELS.checker_start, values: s.perDay.checker_start, className: 'series-a' },
                { label: FUNNEL_LABELS.activation_finish, values: s.perDay.activation_finish, className: 'series-b' },
              ]}
            />
            <div class="columns">
              <BarList
                id="funnel"
                title="Phễu kích hoạt"
                share
                empty="Chưa có lượt nào."
                bars={s.funnel.map((f) => ({ id: f.id, label: FUNNEL_LABELS[f.id], n: f.n }))}
              />
              <BarList
                id="outcomes"
                title="Kết quả kiểm tra"
                empty="Chưa có kết quả nào."
                bars={s.outcomes.slice(0, 12).map((o) => ({ ...o, label: outcomeName(o.id) }))}
              />
              <BarList
                title="Nơi người dân bị vướng"
                empty="Chưa ai bấm “Tôi bị vướng”."
                bars={s.blockers.slice(0, 12).map((o) => ({ ...o, label: stepName(o.id) }))}
              />
              <BarList
                id="volunteer"
                title="Kết quả tình nguyện viên (hộ)"
                empty="Chưa có kết quả từ tình nguyện viên."
                bars={s.volunteer.map((o) => ({
                  ...o,
                  label: VOLUNTEER_OUTCOME_LABELS[o.id as keyof typeof VOLUNTEER_OUTCOME_LABELS] ?? o.id,
                }))}
              />
              <BarList
                id="people"
                title="Người trong các hộ tình nguyện viên đến"
                empty="Chưa có số người từ tình nguyện viên."
                bars={(s.people ?? []).map((o) => ({
                  ...o,
                  label: PERSON_OUTCOME_LABELS[o.id as keyof typeof PERSON_OUTCOME_LABELS] ?? o.id,
                }))}
              />
            </div>
            <h2 id="places-title">Theo địa bàn, kênh và mã nguồn</h2>
            <PlaceTable page={data.table} filter={filter} onOut={onOut} />
            <h2>Tải về</h2>
            <ul class="downloads">
              <li>
                <a href={exportHref(filter, 'report')} download data-download="report-csv">
                  CSV cho báo cáo hằng ngày
                </a>
              </li>
              <li>
                <a href={exportHref(filter, 'share')} download data-download="share-csv">
                  CSV để chia sẻ (ẩn các số dưới {SHARE_MIN_COUNT})
                </a>
              </li>
            </ul>
          </div>
        )}
      </main>
    </>
  );
}
