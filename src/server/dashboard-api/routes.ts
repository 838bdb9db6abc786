import { Hono, type Context } from 'hono';
import { authRoutes, type AuthRoutesOptions } from '../auth/routes';
import type { OrganizerStore } from '../auth/organizer-store';
import { requireOrganizer, type OrganizerVars } from '../auth/session';
import type { CountFilter, CountStore } from '../storage/count-store';
import { placeDaysCsv } from './csv';
import { readFilter } from './filter';
import { summarize } from './summary';

export interface DashboardRoutesOptions extends AuthRoutesOptions {
  now?: () => Date;
}

/**
 * The organizers' API under /api/dashboard: login/logout/me, then (logged in only) the summary,
 * the table by place and the CSV exports. Mount with `app.route('/', dashboardRoutes(...))`.
 */
export function dashboardRoutes(counts: CountStore, organizers: OrganizerStore, options: DashboardRoutesOptions = {}): Hono {
  const app = new Hono();
  const now = options.now ?? (() => new Date());
  app.route('/', authRoutes(organizers, options));

  const data = new Hono<OrganizerVars>();
  data.use('*', requireOrganizer(organizers));
  const withFilter = (handler: (c: Context<OrganizerVars>, f: CountFilter) => Promise<Response>) => async (c: Context<OrganizerVars>) => {
    const f = readFilter((name) => c.req.query(name), now().toISOString().slice(0, 10));
    if ('problem' in f) return c.json({ error: 'invalid_filter', message: f.problem }, 400);
    return handler(c, f);
  };

  data.get(
    '/summary',
    withFilter(async (c, f) => c.json(await summarize(counts, f))),
  );
  data.get(
    '/places',
    withFilter(async (c, f) => c.json({ filter: f, rows: await counts.placeTotals(f) })),
  );
  data.get(
    '/export.csv',
    withFilter(async (c, f) => {
      const share = c.req.query('kind') === 'share';
      const csv = placeDaysCsv(await counts.placeDays(f), share);
      const name = `thong-ke${share ? '-chia-se' : ''}-${f.from}_${f.to}${f.locality ? '-' + f.locality : ''}.csv`;
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="${name}"`,
      });
    }),
  );
  app.route('/api/dashboard', data);
  return app;
}
