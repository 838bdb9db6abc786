import { createHmac, randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { readBodyLimited } from '../counts/body';
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
/** A login is a name and a password: a few kilobytes at most, read before anyone has logged in. */
export const LOGIN_BODY_MAX_BYTES = 4096;

/**
 * Organizers' login and logout. State-changing requests must be same-origin JSON: with the
 * SameSite=Strict cookie, another site can neither log someone in nor act with their session.
 */
export function authRoutes(store: OrganizerStore, options: AuthRoutesOptions = {}): Hono {
  const app = new Hono();
  const throttle = options.throttle ?? new LoginThrottle();
  const trust = options.trustProxy ?? NO_PROXY;
  const secret = randomBytes(32);
  const clientKey = (c: Context) => createHmac('sha256', secret).update(clientAddress(c, trust)).digest('base64url');
  const refuse = (
    c: Context,
    status: 400 | 401 | 403 | 413 | 415 | 429,
    error: string,
    message: string,
    headers: Record<string, string> = {},
  ) => c.json({ error, message }, status, { 'cache-control': 'no-store', ...headers });

  app.post(`${AUTH_BASE}/login`, async (c) => {
    const origin = c.req.header('origin');
    if (origin && origin !== requestOrigin(c, trust)) return refuse(c, 403, 'origin_not_allowed', 'Log in from the dashboard page.');
    if (!/^application\/json\s*(;|$)/i.test(c.req.header('content-type') ?? ''))
      return refuse(c, 415, 'unsupported_media_type', 'Send {"name", "password"} as application/json.');
    // Read at most a few kilobytes before anyone has logged in (a name, a password, JSON around them).
    const text = await readBodyLimited(c.req.raw, LOGIN_BODY_MAX_BYTES);
    if (text === 'too_large') return refuse(c, 413, 'too_large', `Send {"name", "password"} in at most ${LOGIN_BODY_MAX_BYTES} bytes.`);
    const body = parseJson(text) as { name?: unknown; password?: unknown } | null;
    if (!body || typeof body.name !== 'string' || typeof body.password !== 'string' || body.password.length > 200)
      return refuse(c, 400, 'invalid_login', 'Send {"name", "password"} as strings.');
    const name = normalizeOrganizerName(body.name) ?? `invalid:${body.name.slice(0, 40)}`;
    // The attempt is reserved (counted as a failure) before the password is checked.
    const attempt = throttle.begin(name, clientKey(c));
    if (attempt.kind === 'wait') {
      const seconds = Math.ceil(attempt.waitMs / 1000);
      return refuse(c, 429, 'too_many_attempts', `Too many failed logins; try again in ${seconds} s.`, { 'retry-after': String(seconds) });
    }
    if (attempt.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, attempt.delayMs));
    const organizer = await store.findOrganizer(name);
    // Unknown names take as long as known ones: no way to learn which names exist.
    const ok = await verifyPassword(body.password, organizer?.passwordHash ?? (await DUMMY_HASH_PROMISE));
    if (!organizer || !ok) return refuse(c, 401, 'wrong_login', 'Wrong name or password.');
    attempt.succeeded();
    await startSession(c, store, organizer.name, trust);
    return c.json({ ok: true, name: organizer.name, scope: organizer.scope }, 200, { 'cache-control': 'no-store' });
  });

  app.post(`${AUTH_BASE}/logout`, async (c) => {
    const origin = c.req.header('origin');
    if (origin && origin !== requestOrigin(c, trust)) return refuse(c, 403, 'origin_not_allowed', 'Log out from the dashboard page.');
    await endSession(c, store);
    return c.json({ ok: true }, 200, { 'cache-control': 'no-store' });
  });

  app.get(`${AUTH_BASE}/me`, async (c) => {
    const organizer = await sessionOrganizer(c, store);
    if (!organizer) return refuse(c, 401, 'login_required', 'Log in as an organizer first.');
    return c.json({ name: organizer.name, scope: organizer.scope }, 200, { 'cache-control': 'no-store' });
  });

  return app;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
