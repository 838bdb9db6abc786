import { normalizeSourceTag } from '../share/source-tag';

/**
 * The only things a count is broken down by. Nothing here can point at a person: a day (an hour
 * for kiosks, which serve many people), an administrative area, a channel, a poster/kiosk/team tag
 * and the app version.
 */
export const CHANNELS = ['phone', 'kiosk', 'volunteer'] as const;
export type Channel = (typeof CHANNELS)[number];

export function isChannel(value: unknown): value is Channel {
  return typeof value === 'string' && (CHANNELS as readonly string[]).includes(value);
}

/**
 * Locality code (mã địa bàn): a province's 2-digit code ("79"), or the province code and the
 * commune's 5-digit code ("79-26734"), so every count can be summed by province. '' = not known.
 */
const LOCALITY = /^\d{2}(-\d{5})?$/;

export function isLocalityCode(value: unknown): value is string {
  return typeof value === 'string' && LOCALITY.test(value);
}

export function localityCode(province: string, commune?: string): string | null {
  const code = commune ? `${province}-${commune}` : province;
  return isLocalityCode(code) ? code : null;
}

/** The province part of a locality code ('' when unknown). */
export function provinceOf(locality: string): string {
  return locality.slice(0, 2);
}

/**
 * Source tags follow the share links' rule (src/core/share/source-tag.ts), which also refuses a run of 8 or
 * more digits could be a phone or ID number (số CCCD), so such a tag is never counted.
 */
export function isSourceTag(value: unknown): value is string {
  return typeof value === 'string' && normalizeSourceTag(value) === value;
}

/** App version, as in package.json: "1.2.3" or "1.2.3-beta.1". */
const VERSION = /^\d{1,3}\.\d{1,3}\.\d{1,4}(-[0-9a-z.]{1,16})?$/;

export function isAppVersion(value: unknown): value is string {
  return typeof value === 'string' && VERSION.test(value);
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A real calendar day written YYYY-MM-DD. */
export function isDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const m = DAY.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** The device's local day: counts are kept per day so no exact time ever leaves the device. */
export function localDay(at: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/** Whole days from `a` to `b` (YYYY-MM-DD each). */
export function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b + 'T00:00:00Z') - Date.parse(a + 'T00:00:00Z')) / 86_400_000);
}

/** The day `n` days after `day` (negative: before). */
export function addDays(day: string, n: number): string {
  return new Date(Date.parse(day + 'T00:00:00Z') + n * 86_400_000).toISOString().slice(0, 10);
}
