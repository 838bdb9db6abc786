import { dayNumber } from './clock';
import type { RegistrationPoint } from './types';

/** An entry not confirmed for longer than this is marked "hãy gọi trước khi đến" and listed after fresh ones. */
export const STALE_AFTER_DAYS = 30;

/**
 * How far a citizen can trust a point's data:
 * - 'sample': shipped sample data, never checked → "not verified: call before you go";
 * - 'unverified': no verification date → the same message;
 * - 'stale': confirmed more than 30 days ago → "call before you go", listed after fresh entries;
 * - 'fresh': verified recently.
 */
export type Verification = 'sample' | 'unverified' | 'stale' | 'fresh';

export function verification(point: Pick<RegistrationPoint, 'sample' | 'verified'>, today: string): Verification {
  if (point.sample) return 'sample';
  if (!point.verified) return 'unverified';
  return dayNumber(today) - dayNumber(point.verified) > STALE_AFTER_DAYS ? 'stale' : 'fresh';
}

/** Whole days since the entry was confirmed (0 today), for "Xác nhận bởi … 3 ngày trước"; undefined if never. */
export function daysSinceConfirmed(entry: { verified?: string }, today: string): number | undefined {
  return entry.verified ? Math.max(0, dayNumber(today) - dayNumber(entry.verified)) : undefined;
}

/**
 * Nearest first, but entries that are not freshly confirmed (stale, never confirmed, sample) after
 * the fresh ones: a point confirmed this month beats a nearer one nobody checked. Stable otherwise.
 */
export function freshFirst<T extends { verification: Verification }>(results: readonly T[]): T[] {
  return [...results.filter((r) => r.verification === 'fresh'), ...results.filter((r) => r.verification !== 'fresh')];
}
