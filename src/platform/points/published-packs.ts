import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import type { PointsPack, SignedPack } from '../../core/publish/pack';
import { isPackKey, verifiedPack, type PackKey } from './pack-verify';

/**
 * Organizers' published points and sessions on the phone. The newest pack of a province is fetched
 * when online, verified with the pinned public key (docs/decisions/0020), and kept in IndexedDB with
 * its signature, so it is used offline too. A pack that does not verify is refused and the last
 * good one (or the built data) stays in use. Nothing here is personal: public data only.
 */
interface PackSchema extends DBSchema {
  packs: { key: string; value: { province: string; envelope: SignedPack } };
  keys: { key: string; value: { name: string; key: PackKey } };
  /** Signed notices documents (platform/points/notices.ts), by province id or "all". */
  notices: { key: string; value: { province: string; envelope: SignedPack } };
}

const DB_NAME = 'vneid-published-points';
const FETCH_TIMEOUT_MS = 6000;
let dbPromise: Promise<IDBPDatabase<PackSchema> | undefined> | undefined;

export function db(): Promise<IDBPDatabase<PackSchema> | undefined> {
  dbPromise ??= openDB<PackSchema>(DB_NAME, 2, {
    upgrade(d, old) {
      if (old < 1) {
        d.createObjectStore('packs', { keyPath: 'province' });
        d.createObjectStore('keys', { keyPath: 'name' });
      }
      if (old < 2) d.createObjectStore('notices', { keyPath: 'province' });
    },
  }).catch(() => undefined);
  return dbPromise;
}

export async function getJson(path: string): Promise<{ status: number; body: unknown } | undefined> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), FETCH_TIMEOUT_MS);
  try {
    const res = await fetch(path, { cache: 'no-cache', signal: abort.signal, headers: { accept: 'application/json' } });
    return { status: res.status, body: await res.json().catch(() => undefined) };
  } catch {
    return undefined; // offline, or no server behind the app
  } finally {
    clearTimeout(timer);
  }
}

/**
 * The pinned key; on first use, the server's key is pinned (and never replaced by another one later).
 * A point page waits for it before showing its pack, so the server is asked at once, beside the
 * phone's own copy: a first visit waits one round trip, not the database's opening (250 ms in a
 * Lighthouse run) and then the round trip. A phone with a pinned key ignores the answer; it costs one
 * small request per page load. The pack and the notices of a page share that one request.
 */
export function pinnedKey(): Promise<PackKey | undefined> {
  pinned ??= readOrFetchKey().then((key) => {
    if (!key) pinned = undefined; // offline or refused: ask again next time
    return key;
  });
  return pinned;
}

let pinned: Promise<PackKey | undefined> | undefined;

async function readOrFetchKey(): Promise<PackKey | undefined> {
  const fetched = getJson('/api/points/key');
  const d = await db();
  const stored = d ? (await d.get('keys', 'pack').catch(() => undefined))?.key : undefined;
  if (stored) return stored;
  const got = await fetched;
  if (!got || got.status !== 200 || !isPackKey(got.body)) return undefined;
  const key = { keyId: got.body.keyId, jwk: got.body.jwk };
  await d?.put('keys', { name: 'pack', key }).catch(() => undefined);
  return key;
}

export type PackOutcome =
  /** A verified pack, fresh from the server or the last good copy kept on the phone. */
  | { kind: 'pack'; pack: PointsPack; from: 'server' | 'kept' }
  /** Nothing published for this province (or no server): the built data applies. */
  | { kind: 'none'; refused: boolean };

/**
 * The newest verified pack of a province. `refused` says a pack came that did not verify (a
 * tampered copy on the way): the caller keeps what it had.
 */
export async function loadPublishedPack(province: string): Promise<PackOutcome> {
  // Asked at once, beside the key: on a first visit the page waits one round trip, not two.
  const fetched = getJson(`/api/points/${encodeURIComponent(province)}/pack`);
  const keyed = pinnedKey().catch(() => undefined);
  const d = await db();
  const kept = d ? await d.get('packs', province).catch(() => undefined) : undefined;
  const key = await keyed;
  const keptPack = kept && key ? await verifiedPack(kept.envelope, key, province) : undefined;
  const got = await fetched;
  if (got?.status === 200 && (got.body as { published?: boolean } | undefined)?.published === false) {
    // The server says nothing is published (a fresh install, or every version removed): built data.
    await d?.delete('packs', province).catch(() => undefined);
    return { kind: 'none', refused: false };
  }
  if (got?.status === 200 && key) {
    const pack = await verifiedPack(got.body, key, province);
    if (pack) {
      await d?.put('packs', { province, envelope: got.body as SignedPack }).catch(() => undefined);
      return { kind: 'pack', pack, from: 'server' };
    }
    return keptPack ? { kind: 'pack', pack: keptPack, from: 'kept' } : { kind: 'none', refused: true };
  }
  return keptPack ? { kind: 'pack', pack: keptPack, from: 'kept' } : { kind: 'none', refused: false };
}
