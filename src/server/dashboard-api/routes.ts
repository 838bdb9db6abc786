import { Hono, type Context } from 'hono';
import { compress } from 'hono/compress';
import { authRoutes, type AuthRoutesOptions } from '../auth/routes';
import type { OrganizerStore } from '../auth/organizer-store';
import { requireOrganizer, type OrganizerVars } from '../auth/session';
import type { ReportData } from '../../core/counts/daily-report';
import { accountRoutes } from '../auth/account-routes';
import { isAdmin } from '../../core/organizers/scope';
import type { CountFilter, CountStore } from '../storage/count-store';
import { placeDaysCsvStream } from './csv';
import { daysOf, readFilter, readPage } from './filter';
import { narrowToScope, type OrganizerScope } from './scope';
import { summarize } from './summary';

export interface DashboardRoutesOptions extends AuthRoutesOptions {
  now?: () => Date;
}

/**
 * The organizers' API under /api/dashboard: login/logout/me, then (logged in only, limited to the
 * account's scope) the summary, the table by place and the CSV exports; accounts (admins only). Mount with `app.route('/', dashboardRoutes(...))`.
 */
export function dashboardRoutes(counts: CountStore, organizers: OrganizerStore, options: DashboardRoutesOptions = {}): Hono {
  const app = new Hono();
  const now = options.now ?? (() => new Date());
  app.route('/', authRoutes(organizers, options));

  const data = new Hono<OrganizerVars>();
  data.use('*', requireOrganizer(organizers));
  // JSON answers and the CSV compressed (gzip), streamed as they are made.
  data.use('*', compress());
  // The session's account scope ("*" for an admin: everything); see ./scope.ts and core/organizers/scope.ts.
  const scopeOf = (c: Context<OrganizerVars>): OrganizerScope => (isAdmin(c.get('scope')) ? undefined : c.get('scope'));
  const withFilter =
    (handler: (c: Context<OrganizerVars>, f: CountFilter, scope: OrganizerScope) => Promise<Response>) =>
    async (c: Context<OrganizerVars>) => {
      const read = readFilter((name) => c.req.query(name), now().toISOString().slice(0, 10));
      if ('problem' in read) return c.json({ error: 'invalid_filter', message: read.problem }, 400);
      const scope = scopeOf(c);
      const f = narrowToScope(read, scope);
      if ('problem' in f) return c.json({ error: 'outside_scope', message: f.problem }, 403);
      return handler(c, f, scope);
    };

  data.get(
    '/summary',
    withFilter(async (c, f) => c.json(await summarize(counts, f))),
  );
  data.get(
    '/places',
    // A page at a time (PLACE_PAGE_ROWS): a whole country over a year is tens of thousands of rows.
    withFilter(async (c, f) => {
      const page = readPage((name) => c.req.query(name));
      if ('problem' in page) return c.json({ error: 'invalid_page', message: page.problem }, 400);
      return c.json({ filter: f, ...(await counts.placePage(f, page)) });
    }),
  );
  data.get(
    '/export.csv',
    withFilter(async (c, f) => {
      const share = c.req.query('kind') === 'share';
      const csv = placeDaysCsvStream(daysOf(f), (from, to) => counts.placeDayCsv({ ...f, from, to }, share));
      const name = `thong-ke${share ? '-chia-se' : ''}-${f.from}_${f.to}${f.locality ? '-' + f.locality : ''}.csv`;
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
      });
    }),
  );
  // The daily report's numbers per locality; the page adds names, totals and suppression.
  data.get(
    '/report',
    withFilter(async (c, f, scope) => {
      const body: ReportData = { from: f.from, to: f.to, rows: await counts.localityTotals(f) };
      if (scope) body.scope = scope;
      return c.json(body);
    }),
  );
  app.route('/api/dashboard', data);
  app.route('/', accountRoutes(organizers, options.trustProxy));
  return app;
}
