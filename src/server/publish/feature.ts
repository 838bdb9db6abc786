import type { OrganizerStore } from '../auth/organizer-store';
import type { ServerFeature } from '../feature';
import type { ProxyTrust } from '../proxy/trust';
import type { ContentSource } from './content-source';
import type { PublicationStore } from './publication-store';
import { Publisher } from './publisher';
import type { ScopeOf } from './province-param';
import { publicPointsRoutes } from './public-routes';
import { publishRoutes } from './routes';
import { sheetRoutes } from './sheet-routes';
import { changeLogRoutes } from './log-routes';
import type { PackSigner } from './signing-key';

export interface PublishFeatureOptions {
  trustProxy?: ProxyTrust;
  scopeOf?: ScopeOf;
  now?: () => Date;
}

/**
 * Published points and sessions: organizers edit drafts and publish under /api/dashboard/points;
 * phones and anyone else read the signed packs, the key and the open feed under /api/points.
 */
export function publishFeature(
  organizers: OrganizerStore,
  store: PublicationStore,
  content: ContentSource,
  signer: PackSigner,
  options: PublishFeatureOptions = {},
): ServerFeature {
  const publisher = new Publisher(store, content, signer, options.now);
  return {
    name: 'published-points',
    mount(app) {
      app.route('/api/dashboard/points', publishRoutes(organizers, store, publisher, content, options));
      app.route('/api/dashboard/change-log', changeLogRoutes(organizers, store, publisher, content, options));
      app.route('/api/dashboard/sheets', sheetRoutes(organizers, publisher, content, options));
      app.route('/', publicPointsRoutes(store, signer, content));
    },
    close: async () => {},
  };
}
