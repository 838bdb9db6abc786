import type { MiddlewareHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { readBodyLimited } from '../counts/body';
import { requestOrigin } from '../proxy/request';
import { NO_PROXY, type ProxyTrust } from '../proxy/trust';

/** The body type a write route takes: one a plain cross-site form cannot send. */
const BODY_TYPES = { json: /^application\/json\s*(;|$)/i, csv: /^text\/csv\s*(;|$)/i } as const;

/**
 * Every state-changing organizer route: same-origin only (the origin the browser used, through a
 * trusted reverse proxy too: behind Caddy the server itself is reached over plain HTTP), and a body
 * type a form on another site cannot send (with the SameSite=Strict cookie this closes cross-site
 * requests twice over). GET and HEAD pass. `body: 'csv'` for spreadsheet uploads.
 */
export function sameOriginWrites(opts: { trustProxy?: ProxyTrust; body?: keyof typeof BODY_TYPES } = {}): MiddlewareHandler {
  const trust = opts.trustProxy ?? NO_PROXY;
  const body = opts.body ?? 'json';
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const origin = c.req.header('origin');
    if (origin && origin !== requestOrigin(c, trust))
      return c.json({ error: 'origin_not_allowed', message: 'Change data from the dashboard page only.' }, 403, {
        'cache-control': 'no-store',
      });
    if (!BODY_TYPES[body].test(c.req.header('content-type') ?? ''))
      return c.json(
        { error: 'unsupported_media_type', message: `Send the request body as ${body === 'csv' ? 'text/csv' : 'application/json'}.` },
        415,
        {
          'cache-control': 'no-store',
        },
      );
    await next();
  };
}

/** The most a dashboard form's JSON may weigh (a notice, an identity, an account: a few hundred bytes). */
export const JSON_BODY_MAX_BYTES = 16 * 1024;

/**
 * The request's JSON object body, or null (the caller answers 400 with what it expected). Read at
 * most JSON_BODY_MAX_BYTES, whatever Content-Length says; more is answered 413 here, before parsing.
 */
export async function jsonBody(c: { req: { raw: Request } }): Promise<Record<string, unknown> | null> {
  const text = await readBodyLimited(c.req.raw, JSON_BODY_MAX_BYTES);
  if (text === 'too_large')
    throw new HTTPException(413, {
      res: Response.json(
        { error: 'too_large', message: `Send the form as JSON of at most ${JSON_BODY_MAX_BYTES} bytes.` },
        { status: 413, headers: { 'cache-control': 'no-store' } },
      ),
    });
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    return null;
  }
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
}
