import { ensureFirstOrganizer } from './auth/first-organizer';
import { countsFeature } from './counts/feature';
import { organizersFeature } from './dashboard-api/feature';
import type { ServerFeature } from './feature';
import { StartupError } from './ops/startup-problem';
import { parseTrustProxy } from './proxy/trust';
import { healthFeature } from './health/feature';
import { isPostgresUrl } from './storage/postgres-db';
import { defaultDataDir, openStorageFromEnv, storageFeature, type Storage } from './storage/index';
import { contentDir, readContentSource } from './publish/content-source';
import { publishFeature } from './publish/feature';
import { openPackSigner } from './publish/signing-key';
import { noticesFeature } from './notices/feature';
import { noticeDoc } from './notices/routes';
import { builtPointPages, openPointPages, type PointPageSources, type PointPages } from './point-pages/point-page-renderer';
import type { ContentSource } from './publish/content-source';

export interface OpenedFeatures {
  /** In mount order; `closeFeatures` closes them the other way round. */
  features: ServerFeature[];
  /** What to tell the operator at start-up (e.g. how to create the first organizer account). */
  notices: string[];
  /** Point pages rendered when asked for, with the published data (none when run from the sources). */
  pointPages?: PointPages;
}

/**
 * Every server feature, configured from the environment: the one place a new route is wired.
 * DATABASE_URL (postgres://…: PostgreSQL shared by several instances) or DATA_DIR (SQLite, default
 * ./data), COUNTS_SYNC=full (survive power cuts), APP_ORIGIN (comma-separated origins of the app
 * when served from another host), TRUST_PROXY (behind reverse proxies: their number or addresses,
 * see proxy/trust.ts),
 * ORGANIZER_NAME + ORGANIZER_PASSWORD (first organizer account, on first start only),
 * HEALTH_MIN_FREE_MB (GET /healthz says low_space below it; default 100),
 * CONTENT_DIR (default ./content: provinces, communes and the built points a first draft starts from).
 */
export async function openFeatures(env: NodeJS.ProcessEnv = process.env): Promise<OpenedFeatures> {
  const trustProxy = parseTrustProxy(env.TRUST_PROXY); // before anything is opened: a typo stops the start
  const minFreeBytes = megabytes('HEALTH_MIN_FREE_MB', env.HEALTH_MIN_FREE_MB, 100);
  const storage = await openStorageFromEnv(env, { worker: true, pruneBatchIds: true });
  const storageEntry = storageFeature(storage);
  try {
    const notice = await ensureFirstOrganizer(storage.organizers, env);
    const content = readContentSource(contentDir(env));
    const signer = openPackSigner(defaultDataDir(env));
    const features: ServerFeature[] = [
      storageEntry, // first, so it is closed last: the features below use it
      countsFeature(storage.counts, { appOrigins: listFromEnv(env.APP_ORIGIN), trustProxy }),
      organizersFeature(storage.counts, storage.organizers, { trustProxy }, storage.identity),
      healthFeature(storage.counts, { dataDir: isPostgresUrl(env.DATABASE_URL) ? null : defaultDataDir(env), minFreeBytes }),
      // Organizers publish points and sessions; phones read signed packs (CONTENT_DIR: the built content).
      publishFeature(storage.organizers, storage.publications, content, signer, { trustProxy }),
      // Notices for an area and days off: signed with the same key, so phones check them alike.
      noticesFeature(storage.organizers, storage.notices, content, signer, { trustProxy }),
      // Features still to come go here, each in its own folder with a `feature.ts`.
    ];
    const pointPages = pointPagesOf(storage, content);
    if (pointPages) features.push({ name: 'point pages', mount: () => {}, close: () => pointPages.close() });
    return { features, notices: notice ? [notice] : [], pointPages };
  } catch (e) {
    await storageEntry.close();
    throw e;
  }
}

/** A point's page as a phone would see it now: the newest published pack and the notices (point-pages/). */
function pointPagesOf(storage: Storage, content: ContentSource): PointPages | undefined {
  const built = builtPointPages(import.meta.url);
  if (!built) return undefined;
  const sources: PointPageSources = {
    pack: async (province) => {
      const latest = await storage.publications.latest(province);
      return latest && { version: latest.version, text: latest.pack };
    },
    notices: (province) => noticeDoc(storage.notices, content, province, new Date()),
  };
  return openPointPages(sources, built.bundle, built.workerFile);
}

function megabytes(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined || raw === '') return fallback * 1024 * 1024;
  const n = Number(raw);
  if (!Number.isFinite(n) || n < 0)
    throw new StartupError(`${name}: found ${JSON.stringify(raw)}, expected a number of megabytes (0 or more)`);
  return n * 1024 * 1024;
}

function listFromEnv(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}
