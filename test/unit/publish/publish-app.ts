import { Hono } from 'hono';
import { join } from 'node:path';
import { organizersFeature } from '../../../src/server/dashboard-api/feature';
import { readContentSource } from '../../../src/server/publish/content-source';
import { publishFeature } from '../../../src/server/publish/feature';
import { openPackSigner } from '../../../src/server/publish/signing-key';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { SqliteOrganizerStore } from '../../../src/server/storage/sqlite-organizer-store';
import { SqlitePublicationStore } from '../../../src/server/storage/sqlite-publication-store';
import { AREA_ACCOUNTS, addOrganizers, sessionCookie } from '../support/organizer-session';

/**
 * The organizers' login and the publishing feature (points API and spreadsheet API) over one
 * in-memory database and the real content, as the server mounts them, with the area accounts
 * (each account's scope enforced by the routes). `sessionOf(name)` logs an account in.
 */
export async function publishApp() {
  const db = openSqlite(':memory:');
  const organizers = new SqliteOrganizerStore(db);
  await addOrganizers(organizers, AREA_ACCOUNTS);
  const app = new Hono();
  organizersFeature(new SqliteCountStore(db), organizers).mount(app);
  const signer = openPackSigner(':memory:');
  publishFeature(organizers, new SqlitePublicationStore(db), readContentSource(join(process.cwd(), 'content')), signer).mount(app);
  return { app, signer, sessionOf: (name: string) => sessionCookie(app, name) };
}
