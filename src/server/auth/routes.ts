import { createHmac, randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { clientAddress, requestOrigin } from '../proxy/request';
import { NO_PROXY, type ProxyTrust } from '../proxy/trust';
import { LoginThrottle } from './login-throttle';
import type { OrganizerStore } from './organizer-store';
import { DUMMY_HASH_PROMISE, normalizeOrganizerName, verifyPassword } from './password';
import { endSession, sessionOrganizer, startSession } from './session';

export interface AuthRoutesOptions {
  /** Which reverse proxies to believe (TRUST_PROXY): for the client's address and the origin check. */
  trustProxy?: ProxyTrust;
  throttle?: LoginThrottle;
}

export const AUTH_BASE = '/api/dashboard';

/**
 * Organizers' login and logout. State-changing requests must be same-origin JSON: with the
 * SameSite=Strict cookie, another site can neither log someone in nor act with their session.
 */
export function authRoutes(store: OrganizerStore, options: AuthRoutesOptions = {}): Hono {
  const app = new Hono();
  const throttle = options.throttle ?? new LoginThrottle();
  const trust = options.trustProxy ?? NO_PROXY;
  const secret = randomBytes(32);
  const clientKey = (c: Context) => 'client:' + createHmac('sha256', secret).update(clientAddress(c, trust)).digest('base64url');
  const refuse = (c: Context, status: 400 | 401 | 403 | 415 | 429, error: string, message: string, headers: Record<string, string> = {}) =>
    c.json({ error, message }, status, { 'cache-control': 'no-store', ...headers });

  app.post(`${AUTH_BASE}/login`, async (c) => {
    const origin = c.req.header('origin');
    if (origin && origin !== requestOrigin(c, trust)) return refuse(c, 403, 'origin_not_allowed', 'Log in from the dashboard page.');
    if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? ''))
      return refuse(c, 415, 'unsupported_media_type', 'Send {"name", "password"} as application/json.');
    const body = (await c.req.json().catch(() => null)) as { name?: unknown; password?: unknown } | null;
    if (!body || typeof body.name !== 'string' || typeof body.password !== 'string' || body.password.length > 200)
      return refuse(c, 400, 'invalid_login', 'Send {"name", "password"} as strings.');
    const name = normalizeOrganizerName(body.name) ?? `invalid:${body.name.slice(0, 40)}`;
    const keys = [`name:${name}`, clientKey(c)];
    const wait = throttle.waitMs(keys);
    if (wait > 0) {
      const seconds = Math.ceil(wait / 1000);
      return refuse(c, 429, 'too_many_attempts', `Too many failed logins; try again in ${seconds} s.`, { 'retry-after': String(seconds) });
    }
    const organizer = await store.findOrganizer(name);
    // Unknown names take as long as known ones: no way to learn which names exist.
    const ok = await verifyPassword(body.password, organizer?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    if (!organizer || !ok) {
      throttle.fail(keys);
      return refuse(c, 401, 'wrong_login', 'Wrong name or password.');
    }
    throttle.succeed([`name:${name}`]);
    await startSession(c, store, organizer.name, trust);
    return c.json({ ok: true, name: organizer.name }, 200, { 'cache-control': 'no-store' });
  });

  app.post(`${AUTH_BASE}/logout`, async (c) => {
    const origin = c.req.header('origin');
    if (origin && origin !== requestOrigin(c, trust)) return refuse(c, 403, 'origin_not_allowed', 'Log out from the dashboard page.');
    await endSession(c, store);
    return c.json({ ok: true }, 200, { 'cache-control': 'no-store' });
  });

  app.get(`${AUTH_BASE}/me`, async (c) => {
    const name = await sessionOrganizer(c, store);
    if (!name) return refuse(c, 401, 'login_required', 'Log in as an organizer first.');
    return c.json({ name }, 200, { 'cache-control': 'no-store' });
  });

  return app;
}
