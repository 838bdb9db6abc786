import { describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/app/format-date';
import { shortDate } from '../../../src/app/screens/places/format';

// Dates are written without Intl (its first use costs a cheap phone a long task): as Intl writes them.
const days = Array.from({ length: 3 * 366 }, (_, i) => new Date(Date.UTC(2025, 0, 1 + i)).toISOString().slice(0, 10));
const utc = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('dates written as Intl writes them', () => {
  it('formatDate: 2/11/2026 in Vietnamese, 2 November 2026 in English, every day of three years', () => {
    const vi = new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: '2-digit', year: 'numeric', timeZone: 'UTC' });
    const en = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    for (const iso of days) {
      expect(formatDate(iso, 'vi')).toBe(vi.format(utc(iso)));
      expect(formatDate(iso, 'en')).toBe(en.format(utc(iso)));
    }
    expect(formatDate('2026-11-02', 'vi')).toBe('2/11/2026');
  });

  it('shortDate in English: 5 Sept, every day of three years', () => {
    const en = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', timeZone: 'UTC' });
    for (const iso of days) expect(shortDate(iso, 'en')).toBe(en.format(utc(iso)));
  });
});
