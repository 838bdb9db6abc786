import type { ServerFeature } from '../feature';
import type { CountStore } from '../storage/count-store';
import { healthRoutes, type HealthOptions } from './routes';

/** GET /healthz: whether the database takes a write, and the free space on its disk (see routes.ts). */
export function healthFeature(counts: CountStore, options: HealthOptions): ServerFeature {
  return {
    name: 'health',
    mount(app) {
      app.route('/', healthRoutes(counts, options));
    },
    // The store belongs to the storage entry; the check holds nothing else.
    close: async () => {},
  };
}
