import { Hono } from 'hono';
import { isAdmin, parseScope } from '../../core/organizers/scope';
import type { OrganizerStore } from './organizer-store';
import { hashPassword, normalizeOrganizerName, passwordProblem } from './password';
import { jsonBody, sameOriginWrites } from './same-origin';
import { requireAdmin, requireOrganizer, type OrganizerVars } from './session';
import type { ProxyTrust } from '../proxy/trust';

const BASE = '/api/dashboard/organizers';

/**
 * Organizer accounts, managed by an admin from the dashboard (the same things `npm run organizer`
 * does): list, add with a scope, change a scope, remove. Messages say which field is wrong.
 * An admin cannot remove or demote their own account, so a deployment never loses its last admin
 * by a slip of the finger.
 */
export function accountRoutes(store: OrganizerStore, trustProxy?: ProxyTrust): Hono<OrganizerVars> {
  const app = new Hono<OrganizerVars>();
  app.use(`${BASE}`, requireOrganizer(store), requireAdmin, sameOriginWrites({ trustProxy }));
  app.use(`${BASE}/*`, requireOrganizer(store), requireAdmin, sameOriginWrites({ trustProxy }));
  const bad = (message: string) => ({ error: 'invalid_account', message });

  app.get(BASE, async (c) => c.json({ accounts: await store.listOrganizers() }));

  app.post(BASE, async (c) => {
    const body = await jsonBody(c);
    if (!body) return c.json(bad('Send {"name", "password", "scope"} as JSON.'), 400);
    const name = typeof body.name === 'string' ? normalizeOrganizerName(body.name) : null;
    if (!name) return c.json(bad(`name: found ${JSON.stringify(body.name ?? '')}, expected 2–32 of a–z 0–9 . _ -`), 400);
    const password = typeof body.password === 'string' ? body.password : '';
    const problem = passwordProblem(password);
    if (problem) return c.json(bad(`password: expected ${problem}`), 400);
    const scope = typeof body.scope === 'string' ? parseScope(body.scope) : null;
    if (!scope)
      return c.json(
        bad(`scope: found ${JSON.stringify(body.scope ?? '')}, expected admin, a province code "79" or a commune "79-26734"`),
        400,
      );
    const result = await store.addOrganizer(name, await hashPassword(password), new Date().toISOString().slice(0, 10), scope);
    if (result === 'exists') return c.json({ error: 'exists', message: `name: "${name}" exists already` }, 409);
    return c.json({ ok: true, account: { name, scope } }, 201);
  });

  app.post(`${BASE}/:name/scope`, async (c) => {
    const name = c.req.param('name');
    const body = await jsonBody(c);
    const scope = body && typeof body.scope === 'string' ? parseScope(body.scope) : null;
    if (!scope) return c.json(bad(`scope: found ${JSON.stringify(body?.scope ?? '')}, expected admin, "79" or "79-26734"`), 400);
    if (name === c.get('organizer') && !isAdmin(scope)) return c.json(bad('scope: an admin cannot narrow their own account'), 400);
    if (!(await store.setScope(name, scope))) return c.json({ error: 'not_found', message: `No organizer named "${name}".` }, 404);
    return c.json({ ok: true, account: { name, scope } });
  });

  app.post(`${BASE}/:name/remove`, async (c) => {
    const name = c.req.param('name');
    if (name === c.get('organizer')) return c.json(bad('name: an admin cannot remove their own account'), 400);
    if (!(await store.removeOrganizer(name))) return c.json({ error: 'not_found', message: `No organizer named "${name}".` }, 404);
    return c.json({ ok: true });
  });

  return app;
}
