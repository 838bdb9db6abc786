import { toBase64Url } from './pin';

/**
 * A kiosk visit's stamp: random per visit, kept as the kiosk flag's value. A page restored from
 * the back-forward cache compares the stamp it started with against the current one, and reloads
 * (to the attract screen) when a wipe happened since. It never leaves the device and names nobody.
 */
export function newVisitStamp(randomBytes: Uint8Array): string {
  return toBase64Url(randomBytes.slice(0, 9));
}
