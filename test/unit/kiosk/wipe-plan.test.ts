import { describe, expect, it } from 'vitest';
import { attractMessageAt, ATTRACT_MESSAGES } from '../../../src/core/kiosk/attract';
import { newVisitStamp } from '../../../src/core/kiosk/visit';
import { keepsDatabase, keepsStorageKey } from '../../../src/core/kiosk/wipe-plan';

describe('what a kiosk wipe keeps', () => {
  it('keeps only its own configuration, undelivered counts and cache bookkeeping', () => {
    expect(['vneid-kiosk', 'vneid-counts', 'workbox-expiration'].every(keepsDatabase)).toBe(true);
    expect(['vneid-tutorial-progress', 'vneid-volunteer', 'a-store-added-next-year', 'constructor'].some(keepsDatabase)).toBe(false);
    expect(keepsStorageKey('vneid-guide:kiosk')).toBe(true);
    expect(keepsStorageKey('vneid-guide:settings')).toBe(false);
    expect(keepsStorageKey('vneid-guide:counts-off')).toBe(false);
  });
});

describe('visit stamps', () => {
  it('are short, random and safe in storage', () => {
    expect(newVisitStamp(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9]))).toMatch(/^[A-Za-z0-9_-]{12}$/);
    expect(newVisitStamp(new Uint8Array(9))).not.toBe(newVisitStamp(new Uint8Array(9).fill(1)));
  });
});

describe('attract messages', () => {
  it('rotates through every message in order', () => {
    expect(ATTRACT_MESSAGES.map((_, i) => attractMessageAt(i * 8000 + 10))).toEqual([...ATTRACT_MESSAGES]);
    expect(attractMessageAt(ATTRACT_MESSAGES.length * 8000)).toBe(ATTRACT_MESSAGES[0]);
  });
});
