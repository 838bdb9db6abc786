import { Hono, type Context } from 'hono';
import { checkDayOff, checkNotice, NOTICE_DOC_FORMAT, type DocNotice, type Notice, type NoticeDoc } from '../../core/notices/notice';
import { ADMIN_SCOPE, scopeContains, scopeCovers } from '../../core/organizers/scope';
import type { OrganizerStore } from '../auth/organizer-store';
import { jsonBody, sameOriginWrites } from '../auth/same-origin';
import { requireAdmin, requireOrganizer, type OrganizerVars } from '../auth/session';
import type { ContentSource } from '../publish/content-source';
import type { PackSigner } from '../publish/signing-key';
import type { ProxyTrust } from '../proxy/trust';
import type { NoticeStore } from './notice-store';

export interface NoticeRoutesOptions {
  now?: () => Date;
  /** Which reverse proxies to believe (TRUST_PROXY), for the same-origin check on writes. */
  trustProxy?: ProxyTrust;
}

/** An area an organizer may address, in words. */
export interface NoticeArea {
  code: string;
  name: string;
}

const WHOLE = 'Toàn hệ thống';

/**
 * Notices and days off. Public: GET /api/notices/<province> (or "all"), one document signed with
 * the points packs' key: the notices in force for the province (the deployment's, the province's,
 * its communes') and every day off. Organizers: /api/dashboard/notices (list, publish, take down),
 * each inside their own scope; /api/dashboard/days-off, read by all, changed by admins only (403).
 */
export function noticeRoutes(
  organizers: OrganizerStore,
  store: NoticeStore,
  content: ContentSource,
  signer: PackSigner,
  options: NoticeRoutesOptions = {},
): Hono {
  const now = options.now ?? (() => new Date());
  const app = new Hono();
  const areaName = (code: string) => (code === ADMIN_SCOPE ? WHOLE : (content.area(code)?.names[0] ?? code));

  app.get('/api/notices/:province', async (c) => {
    const doc = await noticeDoc(store, content, c.req.param('province'), now());
    if (!doc) return c.json({ error: 'unknown_province' }, 404);
    const text = JSON.stringify(doc);
    return c.json({ pack: text, signature: signer.sign(text), keyId: signer.keyId }, 200, { 'cache-control': 'no-cache' });
  });

  // Two sub-apps on their own paths: a '*' guard on /api/dashboard would also stand before the login.
  const dash = new Hono<OrganizerVars>();
  dash.use('*', requireOrganizer(organizers), sameOriginWrites({ trustProxy: options.trustProxy }));
  const days = new Hono<OrganizerVars>();
  days.use('*', requireOrganizer(organizers), sameOriginWrites({ trustProxy: options.trustProxy }));
  const areasFor = (scope: string): NoticeArea[] => {
    const all: NoticeArea[] = [
      { code: ADMIN_SCOPE, name: WHOLE },
      ...content.provinces.map((p) => ({ code: p.code, name: p.name })),
      ...content.communes.map((m) => ({ code: m.code, name: m.name })),
    ];
    return all.filter((a) => scopeContains(scope, a.code));
  };

  dash.get('/', async (c) => {
    const scope = c.get('scope');
    const mine = (await store.notices(200)).filter(
      (n) => scopeContains(scope, n.area) || (n.area !== ADMIN_SCOPE && scopeCovers(scope, n.area)),
    );
    return c.json({ areas: areasFor(scope), notices: mine, now: now().toISOString() });
  });

  dash.post('/', async (c) => {
    const at = now();
    const checked = checkNotice(await jsonBody(c), at);
    if (!checked.ok) return c.json({ error: 'invalid_notice', message: checked.problems[0]!.message, problems: checked.problems }, 400);
    const { area } = checked.notice;
    const known = area === ADMIN_SCOPE || !!content.area(area);
    if (!known)
      return c.json(
        {
          error: 'invalid_notice',
          message: 'Khu vực này không có trong danh sách.',
          problems: [{ field: 'area', message: 'Khu vực này không có trong danh sách.' }],
        },
        400,
      );
    if (!scopeContains(c.get('scope'), area))
      return c.json({ error: 'outside_scope', message: 'Bạn chỉ đăng được thông báo cho khu vực mình phụ trách.' }, 403);
    const notice = await store.addNotice({ ...checked.notice, areaName: areaName(area), by: c.get('organizer'), at: at.toISOString() });
    return c.json({ notice });
  });

  dash.post('/:id/end', async (c) => {
    const id = Number(c.req.param('id'));
    const notice = Number.isInteger(id) && id > 0 ? await store.notice(id) : undefined;
    if (!notice) return c.json({ error: 'not_found', message: 'Không có thông báo này.' }, 404);
    if (!scopeContains(c.get('scope'), notice.area))
      return c.json({ error: 'outside_scope', message: 'Thông báo này thuộc khu vực khác.' }, 403);
    if (!(await store.endNotice(id, c.get('organizer'), now().toISOString())))
      return c.json({ error: 'already_ended', message: 'Thông báo này đã được gỡ.' }, 409);
    return c.json({ ok: true });
  });

  days.get('/', async (c) => c.json({ daysOff: await store.daysOff(), changes: await store.dayOffChanges(50) }));

  days.post('/', requireAdmin, async (c) => {
    const checked = checkDayOff(await jsonBody(c), now());
    if (!checked.ok) return c.json({ error: 'invalid_day_off', message: checked.problems[0]!.message, problems: checked.problems }, 400);
    await store.setDayOff({ ...checked.dayOff, by: c.get('organizer'), at: now().toISOString() });
    return c.json({ ok: true });
  });

  days.post('/remove', requireAdmin, async (c: Context<OrganizerVars>) => {
    const body = await jsonBody(c);
    const date = typeof body?.date === 'string' ? body.date : '';
    if (!(await store.removeDayOff(date, c.get('organizer'), now().toISOString())))
      return c.json({ error: 'not_found', message: 'Không có ngày nghỉ này trong danh sách.' }, 404);
    return c.json({ ok: true });
  });

  app.route('/api/dashboard/notices', dash);
  app.route('/api/dashboard/days-off', days);
  return app;
}

/**
 * The notices document phones read for a province (or "all"): the notices in force there (the
 * deployment's, the province's, its communes') and every day off; undefined for an unknown province.
 * Signed by the route; a point's page rendered by the server reads the same (point-pages/).
 */
export async function noticeDoc(store: NoticeStore, content: ContentSource, province: string, at: Date): Promise<NoticeDoc | undefined> {
  const code = province === 'all' ? undefined : content.provinceCode(province);
  if (province !== 'all' && !code) return undefined;
  const inProvince = (n: Notice) => n.area === ADMIN_SCOPE || (!!code && (n.area === code || n.area.startsWith(`${code}-`)));
  const notices: DocNotice[] = (await store.activeNotices(at.toISOString())).filter(inProvince).map((n) => ({
    id: n.id,
    area: n.area,
    areaName: n.areaName,
    text: n.text,
    from: n.from,
    until: n.until,
    by: n.by,
    ...(n.area.length > 2 ? { communes: content.area(n.area)?.names ?? [n.areaName] } : {}),
  }));
  return {
    format: NOTICE_DOC_FORMAT,
    province,
    generated: at.toISOString(),
    notices,
    daysOff: (await store.daysOff()).map(({ date, name, kind }) => ({ date, name, kind })),
  };
}
