import { webcrypto } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  afterWrongPin,
  formatPinHash,
  fromBase64Url,
  isValidPin,
  OPEN_GATE,
  parsePinHash,
  pinWaitMs,
  PIN_MAX_TRIES,
  sameHash,
  toBase64Url,
} from '../../../src/core/kiosk/pin';
import { hashPin, verifyPin } from '../../../src/platform/kiosk/pin-hash';

describe('kiosk PIN', () => {
  it('takes 4 to 8 digits only', () => {
    expect(['1234', '12345678'].map(isValidPin)).toEqual([true, true]);
    expect(['123', '123456789', '12a4', ' 1234', ''].map(isValidPin)).toEqual([false, false, false, false, false]);
  });

  it('encodes base64url both ways', () => {
    for (const n of [0, 1, 2, 3, 16, 32]) {
      const bytes = webcrypto.getRandomValues(new Uint8Array(n));
      const text = toBase64Url(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64url'));
      expect([...fromBase64Url(text)]).toEqual([...bytes]);
    }
  });

  it('stores a salted fingerprint, never the PIN, and checks a typed PIN against it', async () => {
    const a = await hashPin('2468', 10_000);
    const b = await hashPin('2468', 10_000);
    expect(a.salt).not.toBe(b.salt); // salted: the same PIN gives different fingerprints
    expect(formatPinHash(a)).not.toContain('2468');
    expect(parsePinHash(formatPinHash(a))).toEqual(a);
    expect(await verifyPin('2468', a)).toBe(true);
    expect(await verifyPin('2469', a)).toBe(false);
    expect(await verifyPin('', a)).toBe(false);
  });

  it('matches PBKDF2-SHA256 as Node computes it', async () => {
    const { pbkdf2Sync } = await import('node:crypto');
    const p = await hashPin('13579', 10_000);
    const expected = pbkdf2Sync('13579', Buffer.from(fromBase64Url(p.salt)), 10_000, 32, 'sha256').toString('base64url');
    expect(p.hash).toBe(expected);
  });

  it('compares fingerprints exactly', () => {
    expect(sameHash('abc', 'abc')).toBe(true);
    expect(sameHash('abc', 'abd')).toBe(false);
    expect(sameHash('abc', 'abcd')).toBe(false);
  });

  it('locks the keypad after five wrong PINs, longer each round', () => {
    let gate = OPEN_GATE;
    for (let i = 1; i < PIN_MAX_TRIES; i++) gate = afterWrongPin(gate, 1000);
    expect(pinWaitMs(gate, 1000)).toBe(0);
    gate = afterWrongPin(gate, 1000);
    expect(pinWaitMs(gate, 1000)).toBe(30_000);
    expect(pinWaitMs(gate, 31_000)).toBe(0);
    for (let i = 0; i < PIN_MAX_TRIES; i++) gate = afterWrongPin(gate, 100_000);
    expect(pinWaitMs(gate, 100_000)).toBe(60_000);
  });
});
