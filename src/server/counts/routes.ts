import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { formatProblem, validateCountBatch } from '../../core/counts/batch';
import { COUNT_LIMITS } from '../../core/counts/limits';
import type { CountStore } from '../storage/count-store';
import { readBodyLimited } from './body';
import { fail } from './errors';
import { corsHeaders, originAllowed } from './origin';
import { RateLimiter, type RateLimitOptions } from './rate-limit';
import { clientAddress } from '../proxy/request';
import { NO_PROXY, type ProxyTrust } from '../proxy/trust';
import { serverLog, type CountedLog } from '../ops/counted-log';
import { noteStorageFailure } from '../ops/storage-problem';

export interface CountsRoutesOptions {
  /** Origins of the app when it is served from another host than the collector (APP_ORIGIN). */
  appOrigins?: readonly string[];
  /** false turns the per-client limit off (only for benchmarks on 127.0.0.1). */
  rateLimit?: RateLimitOptions | false;
  /** Which reverse proxies to believe (TRUST_PROXY): for the client's address and the origin check. */
  trustProxy?: ProxyTrust;
  now?: () => Date;
  /** Where storage failures are logged (once a minute, not per request). */
  log?: CountedLog;
}

export const COUNTS_PATH = '/api/counts';

/** POST /api/counts: the collector. Mount with `app.route('/', countsRoutes(store))`. */
export function countsRoutes(store: CountStore, options: CountsRoutesOptions = {}): Hono {
  const app = new Hono();
  const origins = options.appOrigins ?? [];
  const limiter = options.rateLimit === false ? null : new RateLimiter(options.rateLimit ?? { burst: 120, perSecond: 2 });
  const now = options.now ?? (() => new Date());
  const trust = options.trustProxy ?? NO_PROXY;

  app.options(COUNTS_PATH, (c) => {
    const cors = corsHeaders(c, origins);
    if (!cors['access-control-allow-origin']) return fail(c, 403, 'origin_not_allowed', 'This origin may not send counts.');
    return c.body(null, 204, {
      ...cors,
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': 'content-type',
      'access-control-max-age': '86400',
    });
  });

  app.post(COUNTS_PATH, async (c) => {
    const cors = corsHeaders(c, origins);
    const refuse = (
      status: 400 | 403 | 409 | 413 | 415 | 429 | 503,
      error: string,
      message: string,
      extra: { problems?: string[]; headers?: Record<string, string> } = {},
    ) => fail(c, status, error, message, { problems: extra.problems, headers: { ...cors, ...extra.headers } });

    if (!originAllowed(c, origins, trust)) return refuse(403, 'origin_not_allowed', 'This origin may not send counts.');
    if (limiter) {
      const wait = limiter.take(clientAddress(c, trust));
      if (wait > 0)
        return refuse(429, 'rate_limited', `Too many batches; try again in ${wait} s.`, {
          headers: { 'retry-after': String(wait) },
        });
    }
    const type = c.req.header('content-type') ?? '';
    if (!/^application\/json\s*(;|$)/i.test(type))
      return refuse(415, 'unsupported_media_type', `Content-Type must be application/json, found ${JSON.stringify(type)}.`);
    const text = await readBodyLimited(c.req.raw, COUNT_LIMITS.maxBatchBytes);
    if (text === 'too_large') return refuse(413, 'too_large', `A batch may be at most ${COUNT_LIMITS.maxBatchBytes} bytes.`);
    let input: unknown;
    try {
      input = JSON.parse(text);
    } catch {
      return refuse(400, 'not_json', 'The body is not valid JSON.');
    }
    const today = now().toISOString().slice(0, 10);
    const check = validateCountBatch(input, today);
    if (!check.ok)
      return refuse(400, 'invalid_batch', 'The batch does not fit the counts vocabulary.', {
        problems: check.problems.map(formatProblem),
      });
    const { batch } = check;
    // The digest tells a resend (the same bytes: acknowledged again) from a reused id (refused).
    // A device resends a batch byte for byte; a reused id with other bytes was counted already.
    const digest = createHash('sha256').update(text).digest('base64url');
    let result;
    try {
      result = await store.ingest(batch, digest, today);
    } catch (e) {
      noteStorageFailure(options.log ?? serverLog, e, 'Counts');
      return refuse(503, 'storage_unavailable', 'Counts could not be stored; send the same batch again later.', {
        headers: { 'retry-after': '30' },
      });
    }
    if (result.status === 'conflict') return refuse(409, 'batch_id_reused', 'This batch id was already used for different counters.');
    return c.json({ ok: true, batchId: batch.batchId, counters: result.counters, duplicate: result.status === 'duplicate' }, 200, {
      ...cors,
      'cache-control': 'no-store',
    });
  });

  app.all(COUNTS_PATH, (c: Context) =>
    fail(c, 405, 'method_not_allowed', 'Send counts with POST.', { headers: { allow: 'POST, OPTIONS' } }),
  );
  return app;
}
