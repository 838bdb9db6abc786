import { pbkdf2Sync, randomBytes } from 'node:crypto';

export const KIOSK_PIN = '2468';

/** A kiosk setup link as the setup page makes it: the PIN only as a PBKDF2 fingerprint. */
export function kioskSetupLink(pin = KIOSK_PIN): string {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync(pin, salt, 10_000, 32, 'sha256');
  const place = encodeURIComponent('Nhà văn hóa khu phố 3');
  return `/kiosk?setup=1&id=nvh-kp3&loc=79-26734&lat=10.757&lng=106.663&ten=${place}&lang=vi&idle=60&pin=10000.${salt.toString('base64url')}.${hash.toString('base64url')}`;
}
