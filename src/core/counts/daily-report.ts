import type { MetricSums } from './dashboard-view';
import { provinceOf } from './dimensions';
import type { Locality } from './localities';
import type { PlaceMetric } from './metrics';
import { SHARE_MIN_COUNT } from './metrics';
import { suppressSmallCounts, type CellState, type SumRule } from './suppression';

/**
 * The daily report (Báo cáo ngày) organizers send up the chain: one row per commune in their
 * scope, with the province's totals, built from metric sums per locality (the counts store's
 * `localityTotals`). Pure: the dashboard renders it, prints it and writes CSV and .xlsx from it.
 */

/** Metric sums of one locality over the report's period. */
export interface LocalityTotals extends MetricSums {
  locality: string;
}

/** What the dashboard API sends for a report: sums per locality inside the organizer's scope. */
export interface ReportData {
  from: string;
  to: string;
  scope?: string;
  rows: LocalityTotals[];
}

/** The report's columns, in order. "outcomes" (checks completed) is the sum of the four kinds. */
export const REPORT_COLUMNS = [
  'outcomes',
  'outcome_ready',
  'outcome_prepare',
  'outcome_done',
  'outcome_other',
  'tutorials_finished',
  'stuck',
  'households',
  'households_activated',
  'people',
  'people_activated',
  'kiosk_sessions',
] as const satisfies readonly PlaceMetric[];
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

/** Short headers that fit an A4 page (the CSV adds the metric's id beside each). */
export const REPORT_COLUMN_LABELS: Record<ReportColumn, string> = {
  outcomes: 'Người dân được hướng dẫn (hoàn thành kiểm tra)',
  outcome_ready: 'KQ: làm được ngay',
  outcome_prepare: 'KQ: cần thẻ/SIM trước',
  outcome_done: 'KQ: đã có/chờ duyệt',
  outcome_other: 'KQ: khác',
  tutorials_finished: 'Hoàn thành bài hướng dẫn',
  stuck: 'Lượt bị vướng',
  households: 'Hộ tình nguyện viên đến',
  households_activated: 'Hộ đã kích hoạt (TNV)',
  people: 'Người trong hộ (TNV)',
  people_activated: 'Người đã kích hoạt (TNV)',
  kiosk_sessions: 'Lượt dùng ki-ốt',
};

/** Unknown place: a phone opened without a commune code, or a count with no province. */
export const UNKNOWN_PLACE = '(chưa rõ)';

export interface ReportRow {
  /** Locality code ("38-16012"), the province code for counts without a commune, '' unknown. */
  code: string;
  name: string;
  /** One number per REPORT_COLUMNS entry. */
  values: number[];
}

export interface ReportGroup {
  /** Province code ("38"), '' for counts without any place. */
  province: string;
  name: string;
  rows: ReportRow[];
  total: number[];
}

export interface DailyReport {
  from: string;
  to: string;
  /** The organizer's scope: a province or commune code; absent for the whole deployment. */
  scope?: string;
  groups: ReportGroup[];
}

/** The report's rows: every commune of the list inside the scope (zeros included), and any place counted. */
export function buildDailyReport(
  totals: readonly LocalityTotals[],
  localities: readonly Locality[],
  period: { from: string; to: string; scope?: string },
): DailyReport {
  const scope = period.scope;
  const inScope = (code: string) => isInScope(code, scope);
  const names = new Map(localities.map((l) => [l.code, l.name]));
  const byCode = new Map(totals.filter((t) => inScope(t.locality)).map((t) => [t.locality, t]));
  const codes = new Set<string>(byCode.keys());
  for (const l of localities) if (l.code.length > 2 && inScope(l.code)) codes.add(l.code);
  if (scope && scope.length > 2) codes.add(scope);
  const groups = new Map<string, ReportRow[]>();
  for (const code of codes) {
    const t = byCode.get(code);
    const row: ReportRow = {
      code,
      name: code === '' || code.length === 2 ? UNKNOWN_PLACE : (names.get(code) ?? `(không có trong danh sách)`),
      values: REPORT_COLUMNS.map((c) => t?.[c] ?? 0),
    };
    const province = provinceOf(code);
    const list = groups.get(province);
    if (list) list.push(row);
    else groups.set(province, [row]);
  }
  const collator = new Intl.Collator('vi');
  const out: ReportGroup[] = [...groups.entries()].map(([province, rows]) => {
    // Communes by name; the "(chưa rõ)" row of the province last.
    rows.sort(
      (a, b) => Number(a.code.length <= 2) - Number(b.code.length <= 2) || collator.compare(a.name, b.name) || a.code.localeCompare(b.code),
    );
    return {
      province,
      name: province === '' ? UNKNOWN_PLACE : (names.get(province) ?? `Tỉnh mã ${province}`),
      rows,
      total: REPORT_COLUMNS.map((_, i) => rows.reduce((s, r) => s + r.values[i]!, 0)),
    };
  });
  out.sort((a, b) => Number(a.province === '') - Number(b.province === '') || collator.compare(a.name, b.name));
  return { from: period.from, to: period.to, ...(scope ? { scope } : {}), groups: out };
}

/**
 * Whether a locality code is inside an organizer's scope: everything (no scope), a province and
 * its communes ("38" covers "38" and "38-…"), or one commune.
 */
export function isInScope(code: string, scope: string | undefined): boolean {
  if (scope === undefined) return true;
  if (scope.length === 2) return code === scope || code.startsWith(`${scope}-`);
  return code === scope;
}

/** A cell as shared: the number, "<5" (1–4) or "x" (hidden so that no "<5" can be recomputed). */
export type SharedCell = number | '<5' | 'x';

export const SMALL_MARK = `<${SHARE_MIN_COUNT}`;
export const HIDDEN_MARK = 'x';

/** The sum rules of one province's table: cells are rows × columns, then the total row. */
export function groupRules(group: ReportGroup): { values: number[]; rules: SumRule[] } {
  const width = REPORT_COLUMNS.length;
  const lines = [...group.rows.map((r) => r.values), group.total];
  const values = lines.flat();
  const at = (line: number, col: number) => line * width + col;
  const last = lines.length - 1;
  const rules: SumRule[] = [];
  // Each column's total is the sum of the communes.
  for (let c = 0; c < width; c++) rules.push({ total: at(last, c), parts: group.rows.map((_, r) => at(r, c)) });
  // On every line, checks completed = the four outcome kinds.
  const kinds = [1, 2, 3, 4];
  for (let l = 0; l < lines.length; l++) rules.push({ total: at(l, 0), parts: kinds.map((k) => at(l, k)) });
  return { values, rules };
}

/** The shared version of a report: every cell as it may leave the organizers' team. */
export function shareReport(report: DailyReport): { rows: SharedCell[][]; total: SharedCell[] }[] {
  return report.groups.map((g) => {
    const { values, rules } = groupRules(g);
    const states = suppressSmallCounts(values, rules);
    const width = REPORT_COLUMNS.length;
    const cell = (i: number): SharedCell => shown(values[i]!, states[i]!);
    return {
      rows: g.rows.map((_, r) => REPORT_COLUMNS.map((__, c) => cell(r * width + c))),
      total: REPORT_COLUMNS.map((_, c) => cell(g.rows.length * width + c)),
    };
  });
}

function shown(value: number, state: CellState): SharedCell {
  return state === 'small' ? SMALL_MARK : state === 'hidden' ? HIDDEN_MARK : value;
}
