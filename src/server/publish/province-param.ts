import type { Context } from 'hono';
import type { OrganizerVars } from '../auth/session';
import type { ContentSource } from './content-source';
import { scopeTouches } from './scope-of-entry';

/** The scope an organizer route acts in ("*" admin, a province or a commune code). */
export type ScopeOf = (c: Context<OrganizerVars>) => string;

/** By default, the logged-in account's own scope. */
export const accountScope: ScopeOf = (c) => c.get('scope');

/**
 * The route's `:province`, when it is a province the organizer's scope touches; else the answer to
 * send (404 unknown province, 403 outside the area). One rule for the points and spreadsheet routes.
 */
export function provinceInScope(content: ContentSource, scopeOf: ScopeOf): (c: Context<OrganizerVars>) => string | Response {
  return (c) => {
    const province = c.req.param('province') ?? '';
    const code = content.provinceCode(province);
    if (!code)
      return c.json({ error: 'unknown_province', message: `province: found "${province.slice(0, 40)}", expected a province id` }, 404);
    if (!scopeTouches(scopeOf(c), code))
      return c.json({ error: 'outside_scope', message: `province: found "${province}", expected a province in your area` }, 403);
    return province;
  };
}
