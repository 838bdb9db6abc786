import { describe, expect, it } from 'vitest';
import {
  buildDailyReport,
  groupRules,
  HIDDEN_MARK,
  REPORT_COLUMNS,
  shareReport,
  SMALL_MARK,
  type LocalityTotals,
  type SharedCell,
} from '../../../src/core/counts/daily-report';
import type { Locality } from '../../../src/core/counts/localities';
import { PLACE_METRICS } from '../../../src/core/counts/metrics';
import { recoverableCells, suppressSmallCounts, type SumRule } from '../../../src/core/counts/suppression';
import { seededRandom } from '../../support/seeded-random';

const LIST: Locality[] = [
  { code: '38', name: 'Thanh Hóa', province: 'thanh-hoa', aliases: [] },
  { code: '38-16012', name: 'Phường Quang Trung', province: 'thanh-hoa', aliases: ['Xã Quang Trung'] },
  { code: '38-16000', name: 'Phường Bỉm Sơn', province: 'thanh-hoa', aliases: [] },
  { code: '38-14797', name: 'Phường Hạc Thành', province: 'thanh-hoa', aliases: [] },
  { code: '79', name: 'TP. Hồ Chí Minh', province: 'ho-chi-minh', aliases: [] },
  { code: '79-27343', name: 'Phường Chợ Lớn', province: 'ho-chi-minh', aliases: [] },
];

function totals(locality: string, v: Partial<Record<(typeof PLACE_METRICS)[number], number>>): LocalityTotals {
  const t = { locality, ...Object.fromEntries(PLACE_METRICS.map((m) => [m, v[m] ?? 0])) } as LocalityTotals;
  t.locality = locality;
  t.outcomes = t.outcome_ready + t.outcome_prepare + t.outcome_done + t.outcome_other;
  return t;
}

/**
 * The reader of a shared table, written independently of the suppression's own audit: it knows
 * the shown numbers, the sums (column totals, checks = outcome kinds), that "<5" is 1–4 and "x" is
 * 5 or more. It combines the equations (Gaussian elimination over the rationals) and narrows every
 * hidden cell's range through every equation until nothing changes. A cell whose range is one
 * value is recomputed.
 */
function recompute(cells: SharedCell[], rules: SumRule[]): number[] {
  const unknown = cells.flatMap((c, i) => (typeof c === 'number' ? [] : [i]));
  const col = new Map(unknown.map((u, k) => [u, k]));
  const lo: number[] = unknown.map((u) => (cells[u] === SMALL_MARK ? 1 : 5));
  const hi: number[] = unknown.map((u) => (cells[u] === SMALL_MARK ? 4 : Infinity));
  // Each rule as sum(coef * unknown) = constant.
  let eqs: { coef: number[]; rhs: number }[] = rules.map((r) => {
    const coef = new Array<number>(unknown.length).fill(0);
    let rhs = 0;
    const put = (cell: number, sign: number) => {
      const k = col.get(cell);
      if (k === undefined) rhs -= sign * (cells[cell] as number);
      else coef[k]! += sign;
    };
    put(r.total, 1);
    r.parts.forEach((p) => put(p, -1));
    return { coef, rhs };
  });
  // Gaussian elimination: the reduced rows are more equations the reader can use.
  const rows = eqs.map((e) => ({ coef: [...e.coef], rhs: e.rhs }));
  let r = 0;
  for (let k = 0; k < unknown.length && r < rows.length; k++) {
    const p = rows.findIndex((row, i) => i >= r && Math.abs(row.coef[k]!) > 1e-9);
    if (p < 0) continue;
    [rows[r], rows[p]] = [rows[p]!, rows[r]!];
    const piv = rows[r]!;
    const f = piv.coef[k]!;
    piv.coef = piv.coef.map((x) => x / f);
    piv.rhs /= f;
    rows.forEach((row, i) => {
      if (i === r || Math.abs(row.coef[k]!) < 1e-9) return;
      const g = row.coef[k]!;
      row.coef = row.coef.map((x, j) => x - g * piv.coef[j]!);
      row.rhs -= g * piv.rhs;
    });
    r++;
  }
  eqs = eqs.concat(rows);
  for (let round = 0, changed = true; changed && round < 200; round++) {
    changed = false;
    for (const e of eqs) {
      for (let k = 0; k < unknown.length; k++) {
        const a = e.coef[k]!;
        if (Math.abs(a) < 1e-9) continue;
        // a*x_k = rhs - sum(others): bound it from the others' ranges.
        let min = e.rhs;
        let max = e.rhs;
        for (let j = 0; j < unknown.length; j++) {
          const b = e.coef[j]!;
          if (j === k || Math.abs(b) < 1e-9) continue;
          min -= b > 0 ? b * hi[j]! : b * lo[j]!;
          max -= b > 0 ? b * lo[j]! : b * hi[j]!;
        }
        let [nlo, nhi] = a > 0 ? [min / a, max / a] : [max / a, min / a];
        if (Number.isNaN(nlo)) nlo = -Infinity;
        if (Number.isNaN(nhi)) nhi = Infinity;
        nlo = Math.ceil(nlo - 1e-7);
        nhi = Math.floor(nhi + 1e-7);
        if (nlo > lo[k]!) {
          lo[k] = nlo;
          changed = true;
        }
        if (nhi < hi[k]!) {
          hi[k] = nhi;
          changed = true;
        }
      }
    }
  }
  return unknown.filter((_, k) => lo[k] === hi[k]);
}

function randomTotals(rand: () => number, communes: string[], scale: number): LocalityTotals[] {
  const n = () => {
    const x = rand();
    return x < 0.3 ? 0 : x < 0.65 ? 1 + Math.floor(rand() * 4) : Math.floor(rand() * scale);
  };
  return communes.map((code) =>
    totals(code, {
      outcome_ready: n(),
      outcome_prepare: n(),
      outcome_done: n(),
      outcome_other: n(),
      tutorials_finished: n(),
      stuck: n(),
      households: n(),
      households_activated: n(),
      kiosk_sessions: n(),
    }),
  );
}

describe('daily report', () => {
  it('has one row per commune of the scope, by name, zeros included, with the province total', () => {
    const r = buildDailyReport(
      [totals('38-16012', { outcome_ready: 7, outcome_prepare: 2 }), totals('38', { outcome_done: 3 }), totals('79-27343', { stuck: 9 })],
      LIST,
      { from: '2026-11-30', to: '2026-11-30', scope: '38' },
    );
    expect(r.groups.map((g) => g.province)).toEqual(['38']);
    const g = r.groups[0]!;
    expect(g.name).toBe('Thanh Hóa');
    expect(g.rows.map((row) => [row.code, row.name, row.values[0]])).toEqual([
      ['38-16000', 'Phường Bỉm Sơn', 0],
      ['38-14797', 'Phường Hạc Thành', 0],
      ['38-16012', 'Phường Quang Trung', 9],
      ['38', '(chưa rõ)', 3],
    ]);
    expect(g.total[REPORT_COLUMNS.indexOf('outcomes')]).toBe(12);
    expect(g.total[REPORT_COLUMNS.indexOf('outcome_ready')]).toBe(7);
  });

  it('shows a commune organizer only that commune, and the admin every province', () => {
    const data = [totals('38-16012', { outcome_ready: 7 }), totals('79-27343', { stuck: 9 }), totals('', { outcome_other: 6 })];
    const one = buildDailyReport(data, LIST, { from: 'a', to: 'b', scope: '38-16000' });
    expect(one.groups.flatMap((g) => g.rows.map((r) => r.code))).toEqual(['38-16000']);
    const all = buildDailyReport(data, LIST, { from: 'a', to: 'b' });
    expect(all.groups.map((g) => g.name)).toEqual(['Thanh Hóa', 'TP. Hồ Chí Minh', '(chưa rõ)']);
  });

  it('hides 1–4 as "<5" and a second cell where a total would give one away', () => {
    const r = buildDailyReport([totals('38-16012', { stuck: 3 }), totals('38-16000', { stuck: 20 })], LIST, {
      from: 'a',
      to: 'b',
      scope: '38',
    });
    const [shared] = shareReport(r);
    const stuck = REPORT_COLUMNS.indexOf('stuck');
    // Quang Trung's 3 would be 23 - 20 with the 20 shown: the 20 is hidden as well.
    expect(shared!.rows.map((row) => row[stuck])).toEqual([HIDDEN_MARK, 0, SMALL_MARK]);
    expect(shared!.total[stuck]).toBe(23);
  });

  it('leaves no hidden cell that a reader can recompute (random tables, many small counts)', { timeout: 60_000 }, () => {
    const rand = seededRandom(19);
    let naiveLeaks = 0;
    for (let t = 0; t < 200; t++) {
      const size = 1 + Math.floor(rand() * 12);
      const codes = Array.from({ length: size }, (_, i) => `38-${String(10000 + i).padStart(5, '0')}`);
      const list = codes.map((code) => ({ code, name: `Xã ${code}`, province: 'thanh-hoa', aliases: [] }));
      const report = buildDailyReport(randomTotals(rand, codes, rand() < 0.5 ? 12 : 200), list, { from: 'a', to: 'b', scope: '38' });
      const group = report.groups[0]!;
      const { values, rules } = groupRules(group);
      const shared = shareReport(report)[0]!;
      const cells = [...shared.rows.flat(), ...shared.total];
      // What the table shows is the truth where it shows a number.
      cells.forEach((c, i) => typeof c === 'number' && expect(c).toBe(values[i]));
      expect(recompute(cells, rules)).toEqual([]);
      expect(recoverableCells(values, suppressSmallCounts(values, rules), rules)).toEqual([]);
      // The same reader does recompute cells when only 1–4 are hidden: it is a real test.
      const naive: SharedCell[] = values.map((v) => (v > 0 && v < 5 ? SMALL_MARK : v));
      naiveLeaks += recompute(naive, rules).length;
    }
    expect(naiveLeaks).toBeGreaterThan(50);
  });
});
