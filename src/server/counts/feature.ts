import type { ServerFeature } from '../feature';
import type { CountStore } from '../storage/count-store';
import { countsRoutes, type CountsRoutesOptions } from './routes';

/** The counts collector: POST /api/counts from the citizens' devices. */
export function countsFeature(counts: CountStore, options: CountsRoutesOptions = {}): ServerFeature {
  return {
    name: 'counts',
    mount(app) {
      app.route('/', countsRoutes(counts, options));
    },
    // The store belongs to the storage entry; the collector holds nothing else.
    close: async () => {},
  };
}
