import type { OrganizerStore } from '../auth/organizer-store';
import type { ServerFeature } from '../feature';
import type { CountStore } from '../storage/count-store';
import type { IdentityStore } from '../identity/identity-store';
import { identityRoutes } from '../identity/routes';
import { dashboardRoutes, type DashboardRoutesOptions } from './routes';

/** The organizers' side: login, the dashboard API under /api/dashboard, and the /dashboard page. */
export function organizersFeature(
  counts: CountStore,
  organizers: OrganizerStore,
  options: DashboardRoutesOptions = {},
  identity?: IdentityStore,
): ServerFeature {
  return {
    name: 'organizers',
    mount(app) {
      app.route('/', dashboardRoutes(counts, organizers, options));
      // The deployment's identity (unit, area, local hotlines): public read, admins edit.
      if (identity) app.route('/', identityRoutes(identity, organizers, options.trustProxy));
      // The dashboard's page is a separate build entry (dashboard.html): never in the citizens' precache.
      app.get('/dashboard', (c) => c.redirect('/dashboard.html', 302));
    },
    // The stores belong to the storage entry; sessions live in them.
    close: async () => {},
  };
}
