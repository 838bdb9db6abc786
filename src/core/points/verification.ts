import { dayNumber } from './clock';
import type { RegistrationPoint } from './types';

/** Data older than this asks the citizen to call to confirm before going. */
export const STALE_AFTER_DAYS = 90;

/**
 * How far a citizen can trust a point's data:
 * - 'sample': shipped sample data, never checked → "not verified: call before you go";
 * - 'unverified': no verification date → the same message;
 * - 'stale': verified more than 90 days ago → "call to confirm";
 * - 'fresh': verified recently.
 */
export type Verification = 'sample' | 'unverified' | 'stale' | 'fresh';

export function verification(point: Pick<RegistrationPoint, 'sample' | 'verified'>, today: string): Verification {
  if (point.sample) return 'sample';
  if (!point.verified) return 'unverified';
  return dayNumber(today) - dayNumber(point.verified) > STALE_AFTER_DAYS ? 'stale' : 'fresh';
}
