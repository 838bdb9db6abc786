import type { MiddlewareHandler } from 'hono';

/**
 * Every state-changing organizer route: same-origin only, and JSON (a form on another site can
 * send neither; with the SameSite=Strict cookie this closes cross-site requests twice over).
 * GET and HEAD pass. `json: false` for uploads that send a file body instead.
 */
export function sameOriginWrites(opts: { json?: boolean } = {}): MiddlewareHandler {
  const json = opts.json !== false;
  return async (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    const origin = c.req.header('origin');
    if (origin && origin !== new URL(c.req.url).origin)
      return c.json({ error: 'origin_not_allowed', message: 'Change data from the dashboard page only.' }, 403, {
        'cache-control': 'no-store',
      });
    if (json && !/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? ''))
      return c.json({ error: 'unsupported_media_type', message: 'Send the request body as application/json.' }, 415, {
        'cache-control': 'no-store',
      });
    await next();
  };
}

/** The request's JSON object body, or null (the caller answers 400 with what it expected). */
export async function jsonBody(c: { req: { json(): Promise<unknown> } }): Promise<Record<string, unknown> | null> {
  const body = await c.req.json().catch(() => null);
  return body && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
}
