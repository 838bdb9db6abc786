import type { Context } from 'hono';
import { requestOrigin } from '../proxy/request';
import type { ProxyTrust } from '../proxy/trust';

/**
 * Which browser origins may post counts: the app's own (same-origin, the normal case) and the
 * configured app origin (APP_ORIGIN, when the app is served from another host). A request with
 * no Origin header is not from a page (curl, tests) and is allowed; rate limits still apply.
 */
export function originAllowed(c: Context, appOrigins: readonly string[], trust: ProxyTrust): boolean {
  const origin = c.req.header('origin');
  if (origin === undefined) return true;
  return origin === requestOrigin(c, trust) || appOrigins.includes(origin);
}

/** CORS headers for an allowed cross-origin app; none for anyone else. */
export function corsHeaders(c: Context, appOrigins: readonly string[]): Record<string, string> {
  const origin = c.req.header('origin');
  if (!origin || !appOrigins.includes(origin)) return {};
  return { 'access-control-allow-origin': origin, vary: 'Origin' };
}
