import { describe, expect, it } from 'vitest';
import { attractMessageAt, ATTRACT_MESSAGES } from '../../../src/core/kiosk/attract';
import { newVisitStamp } from '../../../src/core/kiosk/visit';
import { KIOSK_FLAG_KEY } from '../../../src/core/kiosk/flag-key';
import { KEPT_DATABASES, keepsDatabase, keepsStorageKey } from '../../../src/core/kiosk/wipe-plan';
import { COUNTS_DB } from '../../../src/platform/counts/counts-db';
import { KIOSK_DB } from '../../../src/platform/kiosk/kiosk-store';
import { PROGRESS_DB } from '../../../src/platform/progress/progress-store';
import { VOLUNTEER_DB } from '../../../src/platform/volunteer/volunteer-store';

describe('what a kiosk wipe keeps', () => {
  it('keeps only its own configuration and undelivered counts, under the names the app opens them by', () => {
    // Named from the stores themselves: a renamed database, or a kept one nothing creates, fails here.
    expect(Object.keys(KEPT_DATABASES).sort()).toEqual([COUNTS_DB, KIOSK_DB].sort());
    expect([PROGRESS_DB, VOLUNTEER_DB, 'workbox-expiration', 'a-store-added-next-year', 'constructor'].some(keepsDatabase)).toBe(false);
    expect(keepsStorageKey(KIOSK_FLAG_KEY)).toBe(true);
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
