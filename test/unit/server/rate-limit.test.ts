import { describe, expect, it } from 'vitest';
import { RateLimiter } from '../../../src/server/counts/rate-limit';

describe('the collector rate limit', () => {
  it('lets a burst through, then asks to wait, and refills', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 3, perSecond: 1 }, () => now);
    expect([1, 2, 3, 4].map(() => limiter.take('a'))).toEqual([0, 0, 0, 1]);
    expect(limiter.take('b')).toBe(0); // clients are apart
    now += 2000;
    expect(limiter.take('a')).toBe(0);
  });

  it('forgets clients whose bucket has refilled, a few per request', () => {
    let now = 0;
    const limiter = new RateLimiter({ burst: 10, perSecond: 1 }, () => now);
    for (let i = 0; i < 1000; i++) limiter.take(`client-${i}`);
    expect(limiter.size).toBe(1000);
    now += 10_001; // every bucket full again
    for (let i = 0; i < 400; i++) limiter.take('busy');
    expect(limiter.size).toBe(1); // all forgotten, at most a few per request, but forgotten
  });

  it('costs the same per request with 100,000 clients remembered as with 100', () => {
    // The cost of forgetting must not grow with the number of clients (a sweep of every key on
    // every request took 1.25 ms at 100,000). A ratio, with a wide margin, not a time.
    const perTake = (clients: number) => {
      const limiter = new RateLimiter({ burst: 120, perSecond: 2 }, () => 1_000);
      for (let i = 0; i < clients; i++) limiter.take(`client-${i}`);
      const start = process.hrtime.bigint();
      for (let i = 0; i < 2000; i++) limiter.take(`new-${i}`);
      return Number(process.hrtime.bigint() - start) / 2000;
    };
    perTake(100); // warm up
    const small = Math.min(perTake(100), perTake(100));
    const large = Math.min(perTake(100_000), perTake(100_000));
    expect(large / small).toBeLessThan(10);
  }, 60_000);
});
