import { REPORT_COLUMNS, REPORT_COLUMN_LABELS, shareReport, type DailyReport, type SharedCell } from '../../core/counts/daily-report';
import { formatNumber } from '../charts/scale';

/** Rows per printed A4 page: a province of 200 communes prints on 7 pages. */
export const ROWS_PER_PAGE = 30;

const show = (c: SharedCell) => (typeof c === 'number' ? formatNumber(c) : c);

interface Line {
  key: string;
  code: string;
  name: string;
  cells: SharedCell[];
  total?: boolean;
}

/**
 * The report's table, cut into pages of 30 communes for print (each page repeats the header);
 * on screen the pages follow each other. `shared`: the version that leaves the team ("<5", "x").
 */
export function ReportView({ report, shared, heading }: { report: DailyReport; shared: boolean; heading: preact.ComponentChildren }) {
  const sharedGroups = shared ? shareReport(report) : undefined;
  const lines: Line[] = report.groups.flatMap((g, gi) => [
    ...g.rows.map((r, ri) => ({
      key: `${g.province}|${r.code}`,
      code: r.code.length > 2 ? r.code : '',
      name: r.name,
      cells: sharedGroups ? sharedGroups[gi]!.rows[ri]! : r.values,
    })),
    {
      key: `${g.province}|total`,
      code: g.province,
      name: `Tổng ${g.name}`,
      cells: sharedGroups ? sharedGroups[gi]!.total : g.total,
      total: true,
    },
  ]);
  const pages: Line[][] = [];
  // Count communes per page; a total row stays with the rows it adds up.
  let page: Line[] = [];
  let communes = 0;
  for (const line of lines) {
    if (!line.total && communes === ROWS_PER_PAGE) {
      pages.push(page);
      page = [];
      communes = 0;
    }
    page.push(line);
    if (!line.total) communes++;
  }
  if (page.length) pages.push(page);
  return (
    <div class="report-pages">
      {pages.map((lines, i) => (
        <section class="report-page" key={i} data-report-page={i + 1} aria-label={`Trang ${i + 1}/${pages.length}`}>
          {heading}
          <table class="report-table">
            <thead>
              <tr>
                <th scope="col">Mã</th>
                <th scope="col">Xã/phường/đặc khu</th>
                {REPORT_COLUMNS.map((c) => (
                  <th scope="col" key={c}>
                    {REPORT_COLUMN_LABELS[c]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {lines.map((l) => (
                <tr
                  key={l.key}
                  class={l.total ? 'total' : undefined}
                  data-locality={l.total ? undefined : l.code || 'unknown'}
                  data-total={l.total ? l.code : undefined}
                >
                  <td class="text">{l.code}</td>
                  <th scope="row">{l.name}</th>
                  {l.cells.map((c, k) => (
                    <td key={k} data-metric={REPORT_COLUMNS[k]}>
                      {show(c)}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
          <p class="report-foot">
            Trang {i + 1}/{pages.length}
            {shared && '. <5: từ 1 đến 4; x: ẩn thêm để không tính ngược được ô <5 từ các tổng.'}
          </p>
        </section>
      ))}
    </div>
  );
}
