import type { OrganizerStore } from '../auth/organizer-store';
import type { ServerFeature } from '../feature';
import type { ContentSource } from '../publish/content-source';
import type { PackSigner } from '../publish/signing-key';
import type { NoticeStore } from './notice-store';
import { noticeRoutes, type NoticeRoutesOptions } from './routes';

/** Organizers' notices for their area and the admin's days off, signed for phones like the points packs. */
export function noticesFeature(
  organizers: OrganizerStore,
  store: NoticeStore,
  content: ContentSource,
  signer: PackSigner,
  options: NoticeRoutesOptions = {},
): ServerFeature {
  return {
    name: 'notices',
    mount(app) {
      app.route('/', noticeRoutes(organizers, store, content, signer, options));
    },
    close: async () => {},
  };
}
