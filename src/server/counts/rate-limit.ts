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
 *
 * Forgetting costs O(1) per request: a bucket is moved to the end of the map each time it is used,
 * so the least recently used are first; each request drops at most a few of those whose bucket has
 * refilled (a full bucket is the same as none).
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly secret = randomBytes(32);

  constructor(
    private readonly options: RateLimitOptions,
    private readonly now: () => number = Date.now,
  ) {}

  /** 0 when allowed; otherwise the seconds to wait. */
  take(client: string): number {
    const key = createHmac('sha256', this.secret).update(client).digest('base64url').slice(0, 22);
    const t = this.now();
    this.forgetRefilled(t);
    const { burst, perSecond } = this.options;
    const b = this.buckets.get(key) ?? { tokens: burst, at: t };
    this.buckets.delete(key); // re-inserted below, at the end
    b.tokens = Math.min(burst, b.tokens + ((t - b.at) / 1000) * perSecond);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens < 1) return Math.ceil((1 - b.tokens) / perSecond);
    b.tokens -= 1;
    return 0;
  }

  /** Clients currently remembered (for tests and the bench). */
  get size(): number {
    return this.buckets.size;
  }

  private forgetRefilled(t: number): void {
    const full = (this.options.burst / this.options.perSecond) * 1000;
    let n = 0;
    for (const [key, b] of this.buckets) {
      if (t - b.at <= full || n++ >= 4) return;
      this.buckets.delete(key);
    }
  }
}
