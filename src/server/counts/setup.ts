import type { Hono } from 'hono';
import { ensureFirstOrganizer } from '../auth/first-organizer';
import { dashboardRoutes } from '../dashboard-api/routes';
import { defaultDataDir, openStorage, type Storage } from '../storage/index';
import { countsRoutes } from './routes';

export interface CountsFeature {
  storage: Storage;
  /** Adds /api/counts, /api/dashboard/* and /dashboard to the server (createApp's `mount`). */
  mount(app: Hono): void;
  /** What to tell the operator at start-up (e.g. how to create the first organizer account). */
  notice: string | null;
  close(): Promise<void>;
}

/**
 * The counts collector and the organizers' dashboard, configured from the environment:
 * DATA_DIR (default ./data), APP_ORIGIN (comma-separated origins of the app when served from
 * another host), TRUST_PROXY=1 (behind a reverse proxy), COUNTS_SYNC=full (survive power cuts),
 * ORGANIZER_NAME + ORGANIZER_PASSWORD (first organizer account, on first start only).
 */
export async function setupCounts(env: NodeJS.ProcessEnv = process.env): Promise<CountsFeature> {
  const storage = openStorage(defaultDataDir(env), { synchronous: env.COUNTS_SYNC === 'full' ? 'full' : 'normal', worker: true });
  const notice = await ensureFirstOrganizer(storage.organizers, env);
  const trustProxy = env.TRUST_PROXY === '1';
  const appOrigins = (env.APP_ORIGIN ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  return {
    storage,
    notice,
    mount(app) {
      app.route('/', countsRoutes(storage.counts, { appOrigins, trustProxy }));
      app.route('/', dashboardRoutes(storage.counts, storage.organizers, { trustProxy }));
      // The dashboard's page is a separate build entry (dashboard.html): never in the citizens' precache.
      app.get('/dashboard', (c) => c.redirect('/dashboard.html', 302));
    },
    close: () => storage.close(),
  };
}
