import { createHmac, randomBytes } from 'node:crypto';

export interface RateLimitOptions {
  /** Requests a client may make at once. */
  burst: number;
  /** Requests per second a client regains. */
  perSecond: number;
}

/**
 * An in-memory token bucket per client. Clients are known only by a keyed hash of their address,
 * made with a key that lives in memory and dies with the process: no address is ever stored,
 * logged, or comparable across restarts. Generous, because a cultural house's kiosks or a
 * mobile network's users may share one address.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly secret = randomBytes(32);
  private lastSweep = 0;

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when allowed; otherwise the seconds to wait. */
  take(client: string): number {
    const key = createHmac('sha256', this.secret).update(client).digest('base64url').slice(0, 22);
    const t = this.now();
    this.sweep(t);
    const { burst, perSecond } = this.options;
    const b = this.buckets.get(key) ?? { tokens: burst, at: t };
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSecond);
    b.at = t;
    if (b.tokens < 1) {
      this.buckets.set(key, b);
      return Math.ceil((1 - b.tokens) / perSecond);
    }
    b.tokens -= 1;
    this.buckets.set(key, b);
    return 0;
  }

  /** Forgets clients whose bucket has refilled: the map holds only recently busy clients. */
  private sweep(t: number): void {
    if (t - this.lastSweep < 60_000 && this.buckets.size < 100_000) return;
    this.lastSweep = t;
    const full = (this.options.burst / this.options.perSecond) * 1000;
    for (const [k, b] of this.buckets) if (t - b.at > full) this.buckets.delete(k);
  }
}
