import { describe, expect, it } from 'vitest';
import { formatProblem, validateCountBatch } from '../../../src/core/counts/batch';
import { isBatchId } from '../../../src/core/counts/limits';
import { randomBatchId } from '../../../src/platform/counts/delivery';
import { TODAY, batch, counter } from './helpers';

const problemsOf = (input: unknown) => {
  const r = validateCountBatch(input, TODAY);
  return r.ok ? [] : r.problems.map(formatProblem);
};

describe('validateCountBatch', () => {
  it('accepts a well-formed batch and fills absent dimensions', () => {
    const r = validateCountBatch(
      batch([
        counter(),
        counter({ channel: 'kiosk', hour: 9, locality: '79-26734', source: 'kiosk-nvh-1', event: 'screen_open', param: 'home', n: 7 }),
      ]),
      TODAY,
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.batch.counters[0]).toEqual({
      day: TODAY,
      hour: -1,
      locality: '',
      channel: 'phone',
      source: '',
      version: '0.1.0',
      event: 'checker_start',
      param: '',
      n: 1,
    });
    expect(r.batch.counters[1]).toMatchObject({ hour: 9, locality: '79-26734', source: 'kiosk-nvh-1', param: 'home', n: 7 });
  });

  it('names the field, what was found and what was expected', () => {
    expect(problemsOf(batch([counter({ event: 'page_view' as never })]))[0]).toMatch(
      /^counters\[0\]\.event: found "page_view", expected one of screen_open, /,
    );
    expect(problemsOf(batch([counter({ n: 0 })]))).toEqual(['counters[0].n: found 0, expected a whole number 1–100000']);
    expect(problemsOf(batch([counter({ n: 1.5 })]))[0]).toMatch(/^counters\[0\]\.n: found 1.5/);
    expect(problemsOf(batch([counter({ event: 'screen_open', param: 'x' })]))[0]).toMatch(
      /^counters\[0\]\.param: found "x", expected a route id/,
    );
  });

  it('refuses anything that could carry personal data', () => {
    expect(problemsOf(batch([{ ...counter(), name: 'Nguyễn Văn A' } as never]))).toEqual([
      'counters[0].name: found "name", expected no such field',
    ]);
    expect(problemsOf({ ...batch([counter()]), deviceId: 'abc' })).toEqual([
      'deviceId: found "deviceId", expected only batchId and counters',
    ]);
    expect(problemsOf(batch([counter({ locality: '10.7769,106.7009' })]))[0]).toMatch(/^counters\[0\]\.locality:/);
    expect(problemsOf(batch([counter({ source: '0912345678 Lan' })]))[0]).toMatch(/^counters\[0\]\.source:/);
  });

  it('allows the hour for kiosks only', () => {
    expect(problemsOf(batch([counter({ hour: 10 })]))[0]).toMatch(/^counters\[0\]\.hour: found 10, expected no hour/);
    expect(problemsOf(batch([counter({ channel: 'kiosk', hour: 24 })]))[0]).toMatch(/hour: found 24, expected a whole hour 0–23/);
  });

  it('refuses days that are not real, too old or in the future', () => {
    expect(problemsOf(batch([counter({ day: '2025-02-30' })]))[0]).toMatch(/day: found "2025-02-30", expected a date/);
    expect(problemsOf(batch([counter({ day: '2024-01-01' })]))[0]).toMatch(
      /day: found "2024-01-01", expected a day from 2024-08-11 to 2025-09-17/,
    );
    expect(problemsOf(batch([counter({ day: '2025-09-18' })]))).toHaveLength(1);
    expect(problemsOf(batch([counter({ day: '2025-09-17' })]))).toEqual([]);
  });

  it('refuses malformed batches as a whole', () => {
    expect(problemsOf(null)).toEqual(['batch: found null, expected an object {batchId, counters}']);
    expect(problemsOf([])).toHaveLength(1);
    expect(problemsOf({ batchId: 'short', counters: [counter()] })[0]).toMatch(/^batchId: found "short"/);
    // Stored for good, so never a run of 8 digits (a phone or ID number), like source tags.
    expect(problemsOf({ batchId: 'abc0912345678xyzabcd', counters: [counter()] })[0]).toMatch(
      /^batchId: found "abc0912345678xyzabcd", expected .*no run of 8 digits/,
    );
    expect(problemsOf({ batchId: 'abc0912345x678xyzabcd', counters: [counter()] })).toEqual([]);
    expect(problemsOf({ batchId: 'a'.repeat(20), counters: [] })[0]).toMatch(/^counters: found a list of 0, expected a list of 1–500/);
    expect(problemsOf({ batchId: 'a'.repeat(20), counters: Array.from({ length: 501 }, () => counter()) })).toHaveLength(1);
  });

  it('refuses a counter listed twice (a device adds them up)', () => {
    expect(problemsOf(batch([counter(), counter({ n: 2 })]))).toEqual([
      'counters[1]: found "a repeated counter", expected each counter once per batch (add them up)',
    ]);
  });

  it('refuses a counter met again after other places, days and sources (not only next to itself)', () => {
    const a = counter({ locality: '79-26734', event: 'screen_open', param: 'home' });
    expect(
      problemsOf(
        batch([
          a,
          counter({ locality: '01-00004', event: 'screen_open', param: 'home' }),
          counter({ locality: '79-26734', day: '2025-09-14', event: 'screen_open', param: 'home' }),
          counter({ locality: '79-26734', source: 'poster-2', event: 'screen_open', param: 'home' }),
          counter({ locality: '79-26734', channel: 'kiosk', hour: 9, event: 'screen_open', param: 'home' }),
          counter({ locality: '79-26734', channel: 'kiosk', hour: 10, event: 'screen_open', param: 'home' }),
          counter({ locality: '79-26734', version: '0.2.0', event: 'screen_open', param: 'home' }),
          { ...a, n: 3 },
        ]),
      ),
    ).toEqual(['counters[7]: found "a repeated counter", expected each counter once per batch (add them up)']);
  });

  it('takes the same event with another param, or none, as another counter', () => {
    expect(
      problemsOf(
        batch([
          counter({ event: 'screen_open', param: 'home' }),
          counter({ event: 'screen_open', param: 'checker' }),
          counter({ event: 'checker_start' }),
          counter({ event: 'checker_outcome', param: 'activate-now' }),
        ]),
      ),
    ).toEqual([]);
  });

  it('lists at most 20 problems', () => {
    const many = Array.from({ length: 100 }, () => counter({ event: 'x' as never }));
    expect(problemsOf(batch(many))).toHaveLength(20);
  });

  it('gives the same answers for values it has seen in earlier batches, also once it has forgotten them', () => {
    // Answers are kept across batches (bounded, emptied when full): a value refused once is refused
    // again, a good one stays good, and more distinct values than the bound change nothing.
    for (let round = 0; round < 2; round++) {
      expect(problemsOf(batch([counter({ locality: '79-2673' })]))).toEqual([
        'counters[0].locality: found "79-2673", expected a province code "79" or province-commune "79-26734"',
      ]);
      expect(problemsOf(batch([counter({ locality: '79-26734', source: 'poster-1' })]))).toEqual([]);
    }
    for (let k = 0; k < 90; k++) {
      const tags = Array.from({ length: 200 }, (_, i) => counter({ source: `tag-${k}-${i}` }));
      expect(problemsOf(batch(tags))).toEqual([]);
    }
    expect(problemsOf(batch([counter({ locality: '79-2673' })]))).toHaveLength(1);
    expect(problemsOf(batch([counter({ source: 'Poster' })]))).toHaveLength(1);
  });
});

describe('device batch ids', () => {
  it('draws again when the random bytes spell a run of 8 digits', () => {
    const digits = new Uint8Array(Buffer.from('0912345678abcdefghijkl', 'base64url'));
    const other = new Uint8Array(Buffer.from('abcdefghijklmnopqrstuw', 'base64url'));
    const draws = [digits, other];
    const id = randomBatchId((b) => (b.set(draws.shift()!), b));
    expect(draws).toEqual([]);
    expect(id).toBe('abcdefghijklmnopqrstuw');
    expect(isBatchId(id)).toBe(true);
  });
});
