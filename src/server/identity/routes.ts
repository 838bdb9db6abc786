import { Hono } from 'hono';
import { checkIdentity, type PublishedIdentity } from '../../core/identity/identity';
import type { OrganizerStore } from '../auth/organizer-store';
import { jsonBody, sameOriginWrites } from '../auth/same-origin';
import { requireAdmin, requireOrganizer, type OrganizerVars } from '../auth/session';
import type { ProxyTrust } from '../proxy/trust';
import type { IdentityStore } from './identity-store';

/**
 * The deployment's identity. Public: GET /api/identity (the app shows it in the footer, the about
 * screen and on posters; `null` until an admin sets it, so citizens never see a placeholder).
 * Organizers: GET /api/dashboard/identity (with who changed it and when); admins only:
 * POST /api/dashboard/identity, same-origin JSON, checked here with plain Vietnamese messages.
 */
export function identityRoutes(store: IdentityStore, organizers: OrganizerStore, trustProxy?: ProxyTrust): Hono {
  const app = new Hono();
  app.get('/api/identity', async (c) => {
    const now = await store.current();
    const body: { identity: PublishedIdentity | null } = { identity: now ? { ...now.identity, updated: now.at } : null };
    // Revalidated on every visit, so a change reaches phones on their next visit online.
    return c.json(body, 200, { 'cache-control': 'no-cache' });
  });

  const dash = new Hono<OrganizerVars>();
  dash.use('*', requireOrganizer(organizers), sameOriginWrites({ trustProxy }));
  dash.get('/', async (c) => c.json({ current: (await store.current()) ?? null, history: await store.history(20) }));
  dash.post('/', requireAdmin, async (c) => {
    const checked = checkIdentity(await jsonBody(c));
    if (!checked.ok) return c.json({ error: 'invalid_identity', message: checked.problems[0]!.message, problems: checked.problems }, 400);
    const change = { identity: checked.identity, by: c.get('organizer'), at: new Date().toISOString() };
    await store.record(change);
    return c.json({ ok: true, current: change });
  });
  app.route('/api/dashboard/identity', dash);
  return app;
}
