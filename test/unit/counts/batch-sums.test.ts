import { describe, expect, it } from 'vitest';
import { sumBatch } from '../../../src/server/storage/batch-sums';
import { counter, valid } from './helpers';

describe('sumBatch', () => {
  const b = valid([
    counter({ locality: '79-26734', event: 'tutorial_finish', param: 'activate', n: 2 }),
    counter({ locality: '01-00004', source: 'poster-2', n: 3 }),
    counter({ locality: '79-26734', n: 4 }),
    counter({ locality: '79-26734', day: '2025-09-14', event: 'checker_outcome', param: 'activate-now', n: 5 }),
  ]);

  it('sorts every table’s rows by key for concurrent writers (PostgreSQL’s row locks in one order)', () => {
    const s = sumBatch(b);
    expect(s.counts.map((c) => c.locality)).toEqual(['01-00004', '79-26734', '79-26734', '79-26734']);
    expect(s.placeDay.map((p) => `${p.period} ${p.locality}`)).toEqual([
      '2025-09-14 79-26734',
      '2025-09-15 01-00004',
      '2025-09-15 79-26734',
    ]);
  });

  it('sums a place met again after another place into its one row', () => {
    const s = sumBatch(
      valid([
        counter({ locality: '79-26734', event: 'checker_start', n: 2 }),
        counter({ locality: '01-00004', event: 'checker_start', n: 3 }),
        counter({ locality: '79-26734', event: 'point_search', param: 'gps', n: 4 }),
        counter({ locality: '79-26734', source: 'poster-2', event: 'checker_start', n: 5 }),
        counter({ locality: '79-26734', event: 'checker_start', day: '2025-09-14', n: 6 }),
        counter({ locality: '79-26734', event: 'link_opened', n: 7 }),
      ]),
      false,
    );
    expect(s.placeDay.map((p) => [p.period, p.locality, p.source, p.sums.guided, p.sums.point_searches, p.sums.links_opened])).toEqual([
      ['2025-09-15', '79-26734', '', 2, 4, 7],
      ['2025-09-15', '01-00004', '', 3, 0, 0],
      ['2025-09-15', '79-26734', 'poster-2', 5, 0, 0],
      ['2025-09-14', '79-26734', '', 6, 0, 0],
    ]);
    // Each place's sums its own: no object shared between places.
    expect(s.placeMonth.map((p) => [p.locality, p.source, p.sums.guided])).toEqual([
      ['79-26734', '', 8],
      ['01-00004', '', 3],
      ['79-26734', 'poster-2', 5],
    ]);
  });

  it('gives the same rows in the order met without a lock order (SQLite’s one writer)', () => {
    const sorted = sumBatch(b);
    const met = sumBatch(b, false);
    expect(met.counts).toEqual(b.counters);
    for (const table of ['counts', 'daily', 'placeDay', 'placeMonth', 'placeYear'] as const)
      expect(new Set(met[table].map((r) => JSON.stringify(r)))).toEqual(new Set(sorted[table].map((r) => JSON.stringify(r))));
  });
});
