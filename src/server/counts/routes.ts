import { Hono, type Context } from 'hono';
import { COUNT_LIMITS } from '../../core/counts/limits';
import type { CountStore, TextIngestResult } from '../storage/count-store';
import { checkBatchText } from './batch-text';
import { readRequestBodyLimited } from './body';
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
    const text = await readRequestBodyLimited(c, COUNT_LIMITS.maxBatchBytes);
    if (text === 'too_large') return refuse(413, 'too_large', `A batch may be at most ${COUNT_LIMITS.maxBatchBytes} bytes.`);
    const today = now().toISOString().slice(0, 10);
    let result: TextIngestResult;
    try {
      // Parsed and checked by the store (the SQLite worker store), or here for other stores: batch-text.ts.
      result = store.ingestText ? await store.ingestText(text, today) : await ingestChecked(store, text, today);
    } catch (e) {
      noteStorageFailure(options.log ?? serverLog, e, 'Counts');
      return refuse(503, 'storage_unavailable', 'Counts could not be stored; send the same batch again later.', {
        headers: { 'retry-after': '30' },
      });
    }
    if (result.status === 'not_json') return refuse(400, 'not_json', 'The body is not valid JSON.');
    if (result.status === 'invalid_batch')
      return refuse(400, 'invalid_batch', 'The batch does not fit the counts vocabulary.', { problems: result.problems });
    if (result.status === 'conflict') return refuse(409, 'batch_id_reused', 'This batch id was already used for different counters.');
    return c.json({ ok: true, batchId: result.batchId, counters: result.counters, duplicate: result.status === 'duplicate' }, 200, {
      ...cors,
      'cache-control': 'no-store',
    });
  });

  app.all(COUNTS_PATH, (c: Context) =>
    fail(c, 405, 'method_not_allowed', 'Send counts with POST.', { headers: { allow: 'POST, OPTIONS' } }),
  );
  return app;
}

/** For a store without `ingestText`: the same checks on this thread, then `ingest`. */
async function ingestChecked(store: CountStore, text: string, today: string): Promise<TextIngestResult> {
  const check = checkBatchText(text, today);
  if (!check.ok) return check.error === 'not_json' ? { status: 'not_json' } : { status: check.error, problems: check.problems };
  return { ...(await store.ingest(check.batch, check.digest, today)), batchId: check.batch.batchId };
}
