import { Hono } from 'hono';
import { feedOf } from '../../core/publish/feed';
import type { PointsPack } from '../../core/publish/pack';
import type { ContentSource } from './content-source';
import type { PublicationStore } from './publication-store';
import type { PackSigner } from './signing-key';

/**
 * What anyone may read, no login: each province's newest signed pack (the app), the public key
 * that verifies it, and the open JSON feed of published points and sessions (docs/points-feed.md).
 * Revalidated on every use (no-cache + ETag on the version): a publish is served at once.
 */
export function publicPointsRoutes(store: PublicationStore, signer: PackSigner, content: ContentSource): Hono {
  const app = new Hono();
  const known = (province: string) => content.provinceCode(province) !== undefined;

  app.get('/api/points/key', (c) =>
    c.json({ keyId: signer.keyId, jwk: signer.publicJwk, alg: 'ES256' }, 200, { 'cache-control': 'no-cache' }),
  );

  app.get('/api/points/:province/pack', async (c) => {
    const province = c.req.param('province');
    if (!known(province)) return c.json({ error: 'unknown_province' }, 404);
    const latest = await store.latest(province);
    // Not an error: every phone asks before anything is published (a 404 would be logged as one in its console).
    if (!latest)
      return c.json({ published: false, message: 'Nothing published for this province yet.' }, 200, { 'cache-control': 'no-cache' });
    const etag = `"${province}-v${latest.version}"`;
    const headers = { 'cache-control': 'no-cache', etag };
    if (c.req.header('if-none-match') === etag) return c.body(null, 304, headers);
    return c.json({ pack: latest.pack, signature: latest.signature, keyId: latest.keyId }, 200, headers);
  });

  app.get('/api/points/feed.json', async (c) => {
    const provinces = await store.publishedProvinces();
    const origin = new URL(c.req.url).origin;
    return c.json({ provinces: provinces.map((p) => ({ province: p, url: `${origin}/api/points/${p}/feed.json` })) }, 200, {
      'cache-control': 'no-cache',
      'access-control-allow-origin': '*',
    });
  });

  app.get('/api/points/:province/feed.json', async (c) => {
    const province = c.req.param('province');
    if (!known(province)) return c.json({ error: 'unknown_province' }, 404);
    const latest = await store.latest(province);
    if (!latest) return c.json({ error: 'not_published' }, 404, { 'cache-control': 'no-cache' });
    const pack = JSON.parse(latest.pack) as PointsPack;
    return c.json(feedOf(pack, new Date()), 200, { 'cache-control': 'no-cache', 'access-control-allow-origin': '*' });
  });

  return app;
}
