/**
 * Bounds shared by the device and the collector. The device stays inside them, so a batch the
 * collector rejects means a bug or a hostile sender, never ordinary use.
 */
export const COUNT_LIMITS = {
  /** Request body size the collector reads at most (bytes). */
  maxBatchBytes: 64 * 1024,
  /** Counters in one batch (the device sends at most `deviceBatchSize`). */
  maxCountersPerBatch: 500,
  deviceBatchSize: 200,
  /** One counter's value: a kiosk's busiest hour stays far below this. */
  maxCount: 100_000,
  /** Distinct counters a device keeps while offline (storage cap); new keys beyond it are dropped. */
  deviceMaxCounters: 5_000,
  /** Days a device keeps unsent counters; older ones are dropped, the collector refuses them too. */
  maxAgeDays: 400,
  /** A device clock a little ahead (time zones, drift) is accepted; further ahead is refused. */
  maxDaysAhead: 2,
} as const;

/**
 * A batch id is random per batch (never per device), so it identifies nothing but the batch:
 * 16–64 characters of base64url. Ids are stored for good, so, like source tags, one with a run of
 * 8 digits (which could be a phone or ID number) is refused; the device never makes one.
 */
export const BATCH_ID = /^[A-Za-z0-9_-]{16,64}$/;

export function isBatchId(value: unknown): value is string {
  return typeof value === 'string' && BATCH_ID.test(value) && !/\d{8}/.test(value);
}
