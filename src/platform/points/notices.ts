import { readNoticeDoc, type NoticeDoc } from '../../core/notices/notice';
import type { SignedPack } from '../../core/publish/pack';
import { verifiedText } from './pack-verify';
import { db, getJson, pinnedKey } from './published-packs';

/**
 * Notices and days off for a province (or "all": the whole deployment's only), as signed by the
 * server with the points packs' key: fetched when online, verified, kept in IndexedDB for offline
 * use. A document that does not verify is refused and the last good one stays.
 */
export async function loadNoticeDoc(province: string): Promise<NoticeDoc | undefined> {
  const fetched = getJson(`/api/notices/${encodeURIComponent(province)}`); // beside the key, not after it
  const keyed = pinnedKey().catch(() => undefined);
  const d = await db();
  const key = await keyed;
  if (!key) return undefined;
  const read = async (envelope: unknown) => {
    const text = await verifiedText(envelope, key);
    return text === undefined ? undefined : readNoticeDoc(text, province);
  };
  const got = await fetched;
  if (got?.status === 200) {
    const doc = await read(got.body);
    if (doc) {
      await d?.put('notices', { province, envelope: got.body as SignedPack }).catch(() => undefined);
      return doc;
    }
  }
  const kept = d ? await d.get('notices', province).catch(() => undefined) : undefined;
  return kept ? read(kept.envelope) : undefined;
}
