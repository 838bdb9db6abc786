import { Hono } from 'hono';
import { scopeContains } from '../../core/organizers/scope';
import type { OrganizerStore } from '../auth/organizer-store';
import { requireOrganizer, type OrganizerVars } from '../auth/session';
import type { ContentSource } from './content-source';
import type { ChangeRecord, NewEntry, PublicationStore } from './publication-store';
import type { Publisher } from './publisher';
import { accountScope, type ScopeOf } from './province-param';
import { entryLocality, scopeCovers, scopeTouches } from './scope-of-entry';

/**
 * The change log of a province as an organizer may read it, under /api/dashboard/change-log: every
 * save of an entry inside their area, and every publish or roll-back made for their area, a part of
 * it or the whole of it, each with who and when. Newest first.
 */
export function changeLogRoutes(
  organizers: OrganizerStore,
  store: PublicationStore,
  publisher: Publisher,
  content: ContentSource,
  options: { scopeOf?: ScopeOf } = {},
): Hono<OrganizerVars> {
  const app = new Hono<OrganizerVars>();
  const scopeOf = options.scopeOf ?? accountScope;
  app.use('*', requireOrganizer(organizers));

  app.get('/:province', async (c) => {
    const province = c.req.param('province');
    const code = content.provinceCode(province);
    if (!code)
      return c.json({ error: 'unknown_province', message: `province: found "${province.slice(0, 40)}", expected a province id` }, 404);
    const scope = scopeOf(c);
    if (!scopeTouches(scope, code))
      return c.json({ error: 'outside_scope', message: `province: found "${province}", expected a province in your area` }, 403);
    const draft = await publisher.draft(province, c.get('organizer'));
    const { entries } = await publisher.current(province);
    const all = [...entries, ...draft];
    const points = new Map<string, NewEntry>(all.filter((e) => e.kind === 'point').map((e) => [e.id, e]));
    const where = entryLocality(province, content, points);
    const known = new Map(all.map((e) => [`${e.kind}:${e.id}`, e]));
    const versionScope = new Map((await store.history(province)).map((v) => [v.version, v.scope]));
    const mine = (r: ChangeRecord): boolean => {
      if (r.kind && r.id) {
        const e = known.get(`${r.kind}:${r.id}`);
        // An entry gone from both the draft and the version in force: shown to those who see the whole province.
        return e ? scopeCovers(scope, where(e)) : scopeCovers(scope, code);
      }
      if (r.action === 'seed') return true;
      const v = Number(/^v(\d+):/.exec(r.detail)?.[1]);
      const of = versionScope.get(v);
      return !!of && (scopeContains(of, scope) || scopeContains(scope, of));
    };
    const limit = Math.min(1000, Math.max(1, Number(c.req.query('limit')) || 300));
    return c.json({ province, scope, changes: (await store.changes(province, 2000)).filter(mine).slice(0, limit) });
  });

  return app;
}
