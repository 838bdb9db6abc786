import { buildDailyReport, shareReport } from '../src/core/counts/daily-report';
import type { Locality } from '../src/core/counts/localities';
import { percentile } from './counts-load';
import { YEAR_START, lastDayOf, selectRows, withScratchCountStore } from './scratch';

/** The events a daily report reads, with small daily numbers: many cells under 5 to suppress. */
const EVENTS: [string, string, string][] = [
  ['phone', 'checker_start', ''],
  ['phone', 'checker_outcome', 'activate-now'],
  ['phone', 'checker_outcome', 'card-first'],
  ['phone', 'checker_outcome', 'wait-approval'],
  ['phone', 'checker_outcome', 'foreign'],
  ['phone', 'tutorial_finish', 'activate'],
  ['phone', 'tutorial_finish', 'install'],
  ['phone', 'tutorial_stuck', 'activate/otp'],
  ['volunteer', 'volunteer_tally', 'activated-level1'],
  ['volunteer', 'volunteer_tally', 'nobody-home'],
  ['kiosk', 'kiosk_session_start', ''],
  ['phone', 'screen_open', 'home'],
];

/**
 * `npm run bench`: the daily report (Báo cáo ngày) of a province of 200 communes, from a year of
 * counts (that province and 50 communes of another), as the dashboard asks for it: the
 * store's sums per locality, the table with names and totals, and the shared version's
 * suppression. Target: under 300 ms.
 */
export async function benchDailyReport(communes = 200, days = 365): Promise<void> {
  await withScratchCountStore('bench-report-', async (db, store) => {
    const t0 = performance.now();
    const events = selectRows(EVENTS, ['channel', 'event', 'param']);
    db.exec(`WITH RECURSIVE c(j) AS (SELECT 0 UNION ALL SELECT j + 1 FROM c WHERE j < ${communes + 49}),
      d(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM d WHERE i < ${days - 1}), e AS (${events})
      INSERT INTO counts (locality, day, channel, source, version, event, param, hour, n)
      SELECT printf('%s-%05d', CASE WHEN j < ${communes} THEN '38' ELSE '79' END, 10000 + j), date('2025-01-01', '+' || i || ' days'),
        e.channel, '', '0.1.0', e.event, e.param, CASE WHEN e.channel = 'kiosk' THEN 9 ELSE -1 END,
        abs((j * 7 + i * 13 + length(e.event || e.param)) % 9)
      FROM c, d, e WHERE abs((j * 7 + i * 13 + length(e.event || e.param)) % 9) > 0`);
    store.rebuildSums();
    const rows = (db.prepare('SELECT COUNT(*) AS n FROM counts').get() as { n: number }).n;
    console.log(
      `  data: ${rows.toLocaleString('en-US')} counters (${days} days × ${communes} communes, and 50 of another province), ready in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
    );
    const list: Locality[] = [{ code: '38', name: 'Tỉnh thử', province: 't', aliases: [] }];
    for (let j = 0; j < communes; j++) list.push({ code: `38-${10000 + j}`, name: `Xã thử ${j}`, province: 't', aliases: [] });
    const last = lastDayOf(days);
    const cases: [string, { from: string; to: string }][] = [
      ['one day (the default: yesterday)', { from: last, to: last }],
      ['a week', { from: new Date(Date.parse(last) - 6 * 86_400_000).toISOString().slice(0, 10), to: last }],
      ['the whole year', { from: YEAR_START, to: last }],
    ];
    for (const [name, period] of cases) {
      const times: number[] = [];
      let hidden = 0;
      for (let i = 0; i < 5; i++) {
        const t = performance.now();
        const totals = await store.localityTotals({ ...period, locality: '38' });
        const report = buildDailyReport(totals, list, { ...period, scope: '38' });
        const shared = shareReport(report);
        times.push(performance.now() - t);
        hidden = shared[0]!.rows.flat().filter((c) => typeof c !== 'number').length;
      }
      console.log(
        `  daily report, province of ${communes} communes, ${name.padEnd(34)} median ${percentile(times, 50).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms (target < 300 ms; ${hidden} cells hidden)`,
      );
    }
  });
}
