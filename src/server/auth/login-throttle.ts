/**
 * Slows password guessing without letting strangers lock an organizer out.
 * - Per name and client, and per client (clients known by a keyed hash of their address): a few free
 *   failures, then each failure doubles the wait before the next try (1 s ... 5 min), refused with 429.
 *   A guesser at one address is stopped; the organizer at another address is not.
 * - Per name, from all clients together: after 10 failures, each attempt is held back before its
 *   password is checked (0.25 s doubling up to 4 s), never refused: guessing from many addresses
 *   gets slow, and the organizer still gets in from a new address.
 * An attempt is reserved before its password is checked (a check takes tens of milliseconds; 60
 * guesses sent at once would otherwise all be checked before the first failure was recorded): it
 * counts as a failure until it succeeds. In memory; records are forgotten an hour after the last
 * failure, a few at a time (each use moves a record to the end, so the oldest are first).
 */
export const PAIR_FREE_FAILURES = 3;
export const CLIENT_FREE_FAILURES = 10;
export const NAME_FREE_FAILURES = 10;
const MAX_WAIT_MS = 5 * 60_000;
const MAX_DELAY_MS = 4_000;
const FORGET_AFTER_MS = 60 * 60_000;
/** Beyond this many records the oldest go first (a flood of addresses must not fill the memory). */
const MAX_RECORDS = 100_000;

interface Failures {
  count: number;
  last: number;
}

export type LoginAttempt =
  /** Refused: try again in `waitMs`. */
  | { kind: 'wait'; waitMs: number }
  /** Check the password after `delayMs`; call `succeeded()` when it was right. */
  | { kind: 'check'; delayMs: number; succeeded(): void };

export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(private readonly now: () => number = Date.now) {}

  begin(name: string, client: string): LoginAttempt {
    const t = this.now();
    this.forgetOld(t);
    const pair = `pair:${name}\u0000${client}`;
    const byClient = `client:${client}`;
    const byName = `name:${name}`;
    const wait = Math.max(this.waitFor(pair, PAIR_FREE_FAILURES, t), this.waitFor(byClient, CLIENT_FREE_FAILURES, t));
    if (wait > 0) return { kind: 'wait', waitMs: wait };
    const before = this.failures.get(byName)?.count ?? 0;
    for (const key of [pair, byClient, byName]) this.record(key, t);
    const extra = before - NAME_FREE_FAILURES;
    return {
      kind: 'check',
      delayMs: extra < 0 ? 0 : Math.min(250 * 2 ** extra, MAX_DELAY_MS),
      succeeded: () => {
        this.failures.delete(pair);
        this.failures.delete(byName);
        this.undo(byClient);
      },
    };
  }

  private waitFor(key: string, free: number, t: number): number {
    const f = this.failures.get(key);
    if (!f || f.count < free) return 0;
    return Math.max(0, f.last + Math.min(1000 * 2 ** (f.count - free), MAX_WAIT_MS) - t);
  }

  private record(key: string, t: number): void {
    const count = (this.failures.get(key)?.count ?? 0) + 1;
    this.failures.delete(key); // re-inserted at the end: the map stays in order of last failure
    this.failures.set(key, { count, last: t });
  }

  /** A right password was not a failure of its client. */
  private undo(key: string): void {
    const f = this.failures.get(key);
    if (f && --f.count <= 0) this.failures.delete(key);
  }

  private forgetOld(t: number): void {
    for (const key of this.failures.keys()) {
      if (this.failures.size <= MAX_RECORDS) break;
      this.failures.delete(key);
    }
    let n = 0;
    for (const [key, f] of this.failures) {
      if (t - f.last <= FORGET_AFTER_MS || n++ >= 4) return;
      this.failures.delete(key);
    }
  }
}
