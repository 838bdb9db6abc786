/**
 * The kiosk's exit PIN (mã PIN thoát kiosk). The PIN itself is never stored and never put in a
 * link: the setup page turns it into a salted PBKDF2-SHA256 fingerprint, and the kiosk keeps only
 * that. Leaving kiosk mode derives the fingerprint of what was typed and compares.
 *
 * A short numeric PIN can be found from its fingerprint by trying every value; the fingerprint
 * keeps the PIN out of sight (storage, links, screenshots), the slow derivation and the attempt
 * limit (PinGate) keep a visitor from guessing at the screen. See docs/decisions (kiosk PIN).
 */

/** Digits only: a numeric keypad on the tablet, easy to say to a colleague on the phone. */
export const PIN_MIN_DIGITS = 4;
export const PIN_MAX_DIGITS = 8;
const PIN = new RegExp(`^\\d{${PIN_MIN_DIGITS},${PIN_MAX_DIGITS}}$`);

export function isValidPin(pin: string): boolean {
  return PIN.test(pin);
}

/** Iterations for new fingerprints: about a quarter of a second on a cheap tablet. */
export const PIN_ITERATIONS = 150_000;
const MIN_ITERATIONS = 10_000;
const MAX_ITERATIONS = 5_000_000;
export const PIN_SALT_BYTES = 16;
export const PIN_HASH_BYTES = 32;

/** A PIN fingerprint: PBKDF2-SHA256 of the PIN's digits with a random salt. */
export interface PinHash {
  iterations: number;
  /** base64url, PIN_SALT_BYTES bytes. */
  salt: string;
  /** base64url, PIN_HASH_BYTES bytes. */
  hash: string;
}

const B64URL = /^[A-Za-z0-9_-]+$/;
const b64Length = (bytes: number) => Math.ceil((bytes * 4) / 3);

/** As written in a setup link and in storage: `<iterations>.<salt>.<hash>`. */
export function formatPinHash(p: PinHash): string {
  return `${p.iterations}.${p.salt}.${p.hash}`;
}

export function parsePinHash(text: string): PinHash | null {
  const parts = text.split('.');
  if (parts.length !== 3) return null;
  const [it, salt, hash] = parts as [string, string, string];
  if (!/^\d{5,7}$/.test(it)) return null;
  const iterations = Number(it);
  if (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS) return null;
  if (!B64URL.test(salt) || salt.length !== b64Length(PIN_SALT_BYTES)) return null;
  if (!B64URL.test(hash) || hash.length !== b64Length(PIN_HASH_BYTES)) return null;
  return { iterations, salt, hash };
}

/** Compares two fingerprints in time that does not depend on where they differ. */
export function sameHash(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return diff === 0;
}

export function toBase64Url(bytes: Uint8Array): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 4) / 3));
    for (let c = 0; c < chars; c++) out += alphabet[(n >> (18 - 6 * c)) & 63];
  }
  return out;
}

export function fromBase64Url(text: string): Uint8Array {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const ch of text) {
    const v = alphabet.indexOf(ch);
    if (v < 0) throw new Error(`not base64url: ${JSON.stringify(ch)}`);
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
    }
  }
  return Uint8Array.from(bytes);
}

/**
 * Wrong PINs typed at the kiosk: after every MAX_TRIES failures, a wait that doubles (30 s, 60 s,
 * ... at most 15 min). Kept in memory: a visitor cannot reset it without restarting the tablet,
 * which the organizer would notice.
 */
export interface PinGate {
  failures: number;
  lockedUntil: number;
}

export const PIN_MAX_TRIES = 5;
const FIRST_LOCK_MS = 30_000;
const MAX_LOCK_MS = 15 * 60_000;

export const OPEN_GATE: PinGate = { failures: 0, lockedUntil: 0 };

/** Milliseconds until another try is allowed (0: now). */
export function pinWaitMs(gate: PinGate, now: number): number {
  return Math.max(0, gate.lockedUntil - now);
}

export function afterWrongPin(gate: PinGate, now: number): PinGate {
  const failures = gate.failures + 1;
  if (failures % PIN_MAX_TRIES !== 0) return { failures, lockedUntil: gate.lockedUntil };
  const rounds = failures / PIN_MAX_TRIES;
  return { failures, lockedUntil: now + Math.min(MAX_LOCK_MS, FIRST_LOCK_MS * 2 ** (rounds - 1)) };
}
