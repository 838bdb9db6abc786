import { fromBase64Url, PIN_HASH_BYTES, PIN_ITERATIONS, PIN_SALT_BYTES, sameHash, toBase64Url, type PinHash } from '../../core/kiosk/pin';

/**
 * PBKDF2-SHA256 through Web Crypto (works offline, no library). The setup page hashes the PIN
 * the organizer chose; the kiosk verifies a typed PIN. See src/core/kiosk/pin.ts.
 */
async function derive(pin: string, salt: Uint8Array, iterations: number): Promise<string> {
  const key = await crypto.subtle.importKey('raw', new TextEncoder().encode(pin), 'PBKDF2', false, ['deriveBits']);
  const bits = await crypto.subtle.deriveBits(
    { name: 'PBKDF2', hash: 'SHA-256', salt: salt as BufferSource, iterations },
    key,
    PIN_HASH_BYTES * 8,
  );
  return toBase64Url(new Uint8Array(bits));
}

export async function hashPin(pin: string, iterations: number = PIN_ITERATIONS): Promise<PinHash> {
  const salt = crypto.getRandomValues(new Uint8Array(PIN_SALT_BYTES));
  return { iterations, salt: toBase64Url(salt), hash: await derive(pin, salt, iterations) };
}

export async function verifyPin(pin: string, stored: PinHash): Promise<boolean> {
  if (pin === '') return false;
  return sameHash(await derive(pin, fromBase64Url(stored.salt), stored.iterations), stored.hash);
}
