/**
 * Slows repeated failed logins: the first 3 failures in a row cost nothing more, then each one
 * doubles the wait before the next attempt (1 s, 2 s, 4 s ... up to 5 minutes). Kept per organizer
 * name and per client (hashed by the caller), in memory; a success clears the name's record.
 */
export const FREE_FAILURES = 3;
const MAX_WAIT_MS = 5 * 60_000;
const FORGET_AFTER_MS = 60 * 60_000;

export class LoginThrottle {
  private readonly failures = new Map<string, { count: number; last: number }>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Milliseconds to wait before `keys` may try again (0: now). */
  waitMs(keys: readonly string[]): number {
    const t = this.now();
    let wait = 0;
    for (const key of keys) {
      const f = this.failures.get(key);
      if (!f) continue;
      if (t - f.last > FORGET_AFTER_MS) {
        this.failures.delete(key);
        continue;
      }
      if (f.count < FREE_FAILURES) continue;
      const until = f.last + Math.min(1000 * 2 ** (f.count - FREE_FAILURES), MAX_WAIT_MS);
      wait = Math.max(wait, until - t);
    }
    return Math.max(0, wait);
  }

  fail(keys: readonly string[]): void {
    const t = this.now();
    for (const key of keys) {
      const f = this.failures.get(key);
      this.failures.set(key, { count: (f?.count ?? 0) + 1, last: t });
    }
    if (this.failures.size > 50_000) for (const [k, f] of this.failures) if (t - f.last > FORGET_AFTER_MS) this.failures.delete(k);
  }

  succeed(keys: readonly string[]): void {
    for (const key of keys) this.failures.delete(key);
  }
}
