import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { isAdmin, type Scope } from '../../core/organizers/scope';
import { isHttps } from '../proxy/request';
import type { ProxyTrust } from '../proxy/trust';
import type { OrganizerStore, SessionOrganizer } from './organizer-store';

export const SESSION_COOKIE = 'organizer_session';
export const SESSION_HOURS = 12;

export const hashToken = (token: string): string => createHash('sha256').update(token).digest('base64url');

/** The cookie is Secure when the page was reached over HTTPS (directly or through a trusted proxy). */
export async function startSession(c: Context, store: OrganizerStore, organizer: string, trustProxy: ProxyTrust): Promise<void> {
  const token = randomBytes(32).toString('base64url');
  await store.createSession(hashToken(token), organizer, Date.now() + SESSION_HOURS * 3_600_000);
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    secure: isHttps(c, trustProxy),
    path: '/',
    maxAge: SESSION_HOURS * 3600,
  });
}

export async function endSession(c: Context, store: OrganizerStore): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await store.deleteSession(hashToken(token));
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

export async function sessionOrganizer(c: Context, store: OrganizerStore): Promise<SessionOrganizer | undefined> {
  const token = getCookie(c, SESSION_COOKIE);
  if (!token || token.length > 100) return undefined;
  return store.findSession(hashToken(token), Date.now());
}

/** `organizer`: the account's name; `scope`: what it may see and edit (checked by every route). */
export type OrganizerVars = { Variables: { organizer: string; scope: Scope } };

/** Lets a request through only with a live organizer session; otherwise 401 JSON. */
export function requireOrganizer(store: OrganizerStore): MiddlewareHandler<OrganizerVars> {
  return async (c, next) => {
    const organizer = await sessionOrganizer(c, store);
    if (!organizer)
      return c.json({ error: 'login_required', message: 'Log in as an organizer first.' }, 401, { 'cache-control': 'no-store' });
    c.set('organizer', organizer.name);
    c.set('scope', organizer.scope);
    await next();
    c.header('cache-control', 'no-store');
  };
}

/** After requireOrganizer: only admins (scope "*") pass; others get 403 JSON. */
export const requireAdmin: MiddlewareHandler<OrganizerVars> = async (c, next) => {
  if (!isAdmin(c.get('scope')))
    return c.json({ error: 'admin_only', message: 'Only an admin account may do this.' }, 403, { 'cache-control': 'no-store' });
  await next();
};
