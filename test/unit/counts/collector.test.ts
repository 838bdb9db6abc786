import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { countsRoutes, type CountsRoutesOptions } from '../../../src/server/counts/routes';
import { TODAY, batch, counter, memoryStore } from './helpers';

const NOW = () => new Date(`${TODAY}T10:00:00Z`);

function collector(options: CountsRoutesOptions = {}) {
  const store = memoryStore();
  const app = new Hono().route('/', countsRoutes(store, { now: NOW, ...options }));
  const post = (body: unknown, headers: Record<string, string> = {}) =>
    app.request('/api/counts', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
  return { store, app, post };
}

describe('POST /api/counts', () => {
  it('acknowledges a batch with its id and counts it once when resent', async () => {
    const { store, post } = collector();
    const b = batch([counter({ n: 2 }), counter({ event: 'link_opened', source: 'poster-01' })]);
    const first = await post(b);
    expect(first.status).toBe(200);
    expect(await first.json()).toEqual({ ok: true, batchId: b.batchId, counters: 2, duplicate: false });
    const again = await post(b);
    expect(again.status).toBe(200);
    expect(await again.json()).toMatchObject({ ok: true, batchId: b.batchId, duplicate: true });
    expect(await store.grandTotal()).toEqual({ counts: 3, batches: 1 });
  });

  it('refuses a reused batch id with other counters (409)', async () => {
    const { store, post } = collector();
    const b = batch([counter()]);
    await post(b);
    const res = await post({ ...b, counters: [counter({ n: 9 })] });
    expect(res.status).toBe(409);
    expect((await res.json()).error).toBe('batch_id_reused');
    expect((await store.grandTotal()).counts).toBe(1);
  });

  it('says what is wrong in a 400', async () => {
    const { store, post } = collector();
    const res = await post(batch([counter({ event: 'login' as never })]));
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    const body = await res.json();
    expect(body.error).toBe('invalid_batch');
    expect(body.problems[0]).toMatch(/^counters\[0\]\.event: found "login", expected one of /);
    expect(await store.grandTotal()).toEqual({ counts: 0, batches: 0 });
  });

  it('refuses bodies that are not JSON, not declared JSON, or too large', async () => {
    const { post } = collector();
    expect((await post('{"batchId":')).status).toBe(400);
    expect(((await (await post('{oops')).json()) as { error: string }).error).toBe('not_json');
    expect((await post(batch([counter()]), { 'content-type': 'text/plain' })).status).toBe(415);
    const huge = JSON.stringify({ ...batch([counter()]), pad: 'x'.repeat(70_000) });
    const res = await post(huge);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe('too_large');
  });

  it('reads no further than 64 KB when the length is not declared', async () => {
    const { app } = collector();
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(ctl) {
        sent += 16_384;
        if (sent > 10_000_000) return ctl.close();
        ctl.enqueue(new Uint8Array(16_384).fill(32));
      },
    });
    const res = await app.request('/api/counts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(413);
    expect(sent).toBeLessThan(200_000);
  });

  it('answers other methods with 405 JSON', async () => {
    const { app } = collector();
    const res = await app.request('/api/counts');
    expect(res.status).toBe(405);
    expect((await res.json()).error).toBe('method_not_allowed');
  });

  it('allows CORS only for the app’s origin', async () => {
    const { app, post } = collector({ appOrigins: ['https://huongdan.example.vn'] });
    const preflight = (origin: string) =>
      app.request('/api/counts', { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const ok = await preflight('https://huongdan.example.vn');
    expect(ok.status).toBe(204);
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://huongdan.example.vn');
    const evil = await preflight('https://evil.example');
    expect(evil.status).toBe(403);
    expect(evil.headers.get('access-control-allow-origin')).toBeNull();
    const cross = await post(batch([counter()]), { origin: 'https://evil.example' });
    expect(cross.status).toBe(403);
    const same = await post(batch([counter()]), { origin: 'http://localhost' });
    expect(same.status).toBe(200);
    expect(same.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('limits each client’s rate with 429 and Retry-After', async () => {
    const { post } = collector({ rateLimit: { burst: 3, perSecond: 0.1 } });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await post(batch([counter()]))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const res = await post(batch([counter()]));
    expect(res.headers.get('retry-after')).toBe('10');
  });

  it('answers 503 (retry) when storage fails, and counts nothing', async () => {
    const store = memoryStore();
    const broken = Object.assign(Object.create(store) as typeof store, {
      ingest: () => Promise.reject(new Error('disk full')),
    });
    const app = new Hono().route('/', countsRoutes(broken, { now: NOW }));
    const res = await app.request('/api/counts', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(batch([counter()])),
    });
    expect(res.status).toBe(503);
    expect(res.headers.get('retry-after')).toBe('30');
  });
});
