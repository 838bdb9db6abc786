import { describe, expect, it } from 'vitest';
import { describeFound } from '../../../src/core/found';
import { readFilter } from '../../../src/server/dashboard-api/filter';

describe('describeFound: the "found X" of every error message', () => {
  it('quotes strings, cuts long ones, and names what is not a plain value', () => {
    expect(describeFound('Q5')).toBe('"Q5"');
    expect(describeFound('x'.repeat(50))).toBe(`"${'x'.repeat(37)}..."`);
    expect(describeFound('  ')).toBe('an empty value');
    expect(describeFound(undefined)).toBe('nothing');
    expect(describeFound(null)).toBe('null');
    expect(describeFound([1, 2])).toBe('a list of 2');
    expect(describeFound({ a: 1 })).toBe('an object');
    expect(describeFound(3)).toBe('3');
  });
});

describe('the dashboard filter says what it found the same way', () => {
  it('cuts a long locality like every other message', () => {
    const query = (name: string) => (name === 'locality' ? 'Q'.repeat(60) : undefined);
    expect(readFilter(query, '2026-01-31')).toEqual({
      problem: `locality: found "${'Q'.repeat(37)}...", expected a province code "79" or "79-26734"`,
    });
  });
});
