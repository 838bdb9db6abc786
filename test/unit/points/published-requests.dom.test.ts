// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { loadNoticeDoc } from '../../../src/platform/points/notices';
import { loadPublishedPack } from '../../../src/platform/points/published-packs';

// A point page on a first visit: its pack and its notices need the signing key, which the phone
// pins on first use. The page waits for all three: they must go out together, the key once.

const KEY = { keyId: 'k1', jwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' } };

afterEach(() => vi.unstubAllGlobals());

describe('what a point page asks the server on a first visit', () => {
  it('asks for the pack and the notices beside the key, and for the key once', async () => {
    const asked: string[] = [];
    let answerKey: () => void = () => {};
    const keyAnswered = new Promise<void>((r) => (answerKey = r));
    vi.stubGlobal('fetch', async (url: string) => {
      asked.push(url);
      if (url === '/api/points/key') await keyAnswered; // held: what else goes out meanwhile?
      const body = url === '/api/points/key' ? KEY : url.endsWith('/pack') ? { published: false } : { error: 'not_found' };
      return new Response(JSON.stringify(body), { status: url.startsWith('/api/notices/') ? 404 : 200 });
    });

    const pack = loadPublishedPack('ho-chi-minh');
    const notices = loadNoticeDoc('ho-chi-minh');
    // All three are out while the key's answer is still on its way.
    await vi.waitFor(() =>
      expect([...asked].sort()).toEqual(['/api/notices/ho-chi-minh', '/api/points/ho-chi-minh/pack', '/api/points/key']),
    );
    answerKey();
    expect(await pack).toEqual({ kind: 'none', refused: false });
    expect(await notices).toBeUndefined();
    expect(asked.filter((u) => u === '/api/points/key')).toHaveLength(1);

    // Pinned: the next page asks nothing for the key.
    asked.length = 0;
    await loadPublishedPack('ha-noi');
    expect(asked).toEqual(['/api/points/ha-noi/pack']);
  });
});
