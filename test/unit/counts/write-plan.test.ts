import { describe, expect, it } from 'vitest';
import { ROW_WIDTH, fillInRepeats, leaveOutRepeats, planBatch } from '../../../src/server/storage/write-plan';
import { counter, valid } from './helpers';

describe('a write plan’s rows', () => {
  const b = valid([
    counter({ locality: '79-26734', source: 'poster-1', event: 'screen_open', param: 'home', n: 2 }),
    counter({ locality: '79-26734', source: 'poster-1', event: 'screen_open', param: 'guides', n: 2 }),
    counter({ locality: '01-00004', source: 'poster-1', event: 'screen_open', param: 'guides', n: 5 }),
  ]);

  it('leave out a text equal to the one above it as null, and never a number', () => {
    expect(planBatch(b, 'digest', '2025-09-15').counts).toEqual(
      [
        ['79-26734', '2025-09-15', 'phone', 'poster-1', '0.1.0', 'screen_open', 'home', -1, 2],
        [null, null, null, null, null, null, 'guides', -1, 2],
        ['01-00004', null, null, null, null, null, null, -1, 5],
      ].flat(),
    );
  });

  it('are whole again once filled in, however often (a failed group is retried batch by batch)', () => {
    const plan = planBatch(b, 'digest', '2025-09-15');
    const whole = [
      ['79-26734', '2025-09-15', 'phone', 'poster-1', '0.1.0', 'screen_open', 'home', -1, 2],
      ['79-26734', '2025-09-15', 'phone', 'poster-1', '0.1.0', 'screen_open', 'guides', -1, 2],
      ['01-00004', '2025-09-15', 'phone', 'poster-1', '0.1.0', 'screen_open', 'guides', -1, 5],
    ].flat();
    expect(fillInRepeats(plan.counts, ROW_WIDTH.counts)).toEqual(whole);
    expect(fillInRepeats(plan.counts, ROW_WIDTH.counts)).toEqual(whole);
  });

  it('come back as they were for every table, whatever the width', () => {
    const rows = ['a', 'b', 1, 'a', 'c', 1, 'a', 'c', 2, 'd', 'c', 2];
    const left = leaveOutRepeats([...rows], 3);
    expect(left).toEqual(['a', 'b', 1, null, 'c', 1, null, null, 2, 'd', null, 2]);
    expect(fillInRepeats(left, 3)).toEqual(rows);
    const plan = planBatch(b, 'digest', '2025-09-15');
    for (const [table, width] of [
      ['placeDay', ROW_WIDTH.place],
      ['placeMonth', ROW_WIDTH.place],
      ['placeYear', ROW_WIDTH.placeYear],
      ['daily', ROW_WIDTH.daily],
    ] as const) {
      const filled = fillInRepeats(plan[table], width);
      expect(filled.length % width).toBe(0);
      expect(filled).not.toContain(null);
    }
  });
});
