import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app';
import { closeFeatures, type ServerFeature } from '../../../src/server/feature';

let app: ReturnType<typeof createApp>;
let dist: string;
const SHELL = '<!doctype html><html lang="vi"><head><title>t</title></head><body><div id="app"></div>' + ' '.repeat(400) + '</body></html>';

beforeAll(() => {
  dist = mkdtempSync(join(tmpdir(), 'vneid-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), SHELL);
  writeFileSync(join(dist, 'sw.js'), 'self.x=1;');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1);'.repeat(50));
  app = createApp({ distDir: dist });
});
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const get = (path: string, init?: RequestInit) => app.request(path, init);

describe('the app server', () => {
  it('serves the shell for app routes, no-cache, with the security headers', async () => {
    const res = await get('/kiem-tra');
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-cache');
    expect(res.headers.get('content-type')).toContain('text/html');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await res.text()).toBe(SHELL);
  });

  it('serves hashed assets as immutable for a year, gzipped when asked', async () => {
    const res = await get('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, br' } });
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await res.arrayBuffer())).toString()).toBe('console.log(1);'.repeat(50));
  });

  it('answers a revalidation with 304', async () => {
    const first = await get('/sw.js');
    expect(first.headers.get('cache-control')).toBe('no-cache');
    const again = await get('/sw.js', { headers: { 'if-none-match': first.headers.get('etag') ?? '' } });
    expect(again.status).toBe(304);
  });

  it('never answers a missing asset with the shell', async () => {
    for (const path of ['/assets/nope.js', '/favicon.ico', '/nope.css']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text()).not.toContain('<html');
    }
  });

  it('gives unknown pages the shell with a 404 (the app says "page not found")', async () => {
    const res = await get('/khong-co');
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(SHELL);
  });

  it('serves only what the build held at start: no request reaches the disk', async () => {
    // A request path is never turned into a file path (decision 0006), so "../" cannot escape dist/.
    writeFileSync(join(dist, 'late.txt'), 'written after start');
    writeFileSync(join(dist, 'assets', 'late-abc.js'), 'late');
    expect((await get('/late.txt')).status).toBe(404);
    expect((await get('/assets/late-abc.js')).status).toBe(404);
  });

  it('withstands hostile requests', async () => {
    for (const path of ['/' + 'a'.repeat(5000), '/diem/%00', '/assets/..%2f..%2fpackage.json']) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
    }
    expect((await get('/', { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await get('/', { method: 'DELETE' })).status).toBe(405);
    const api = await get('/api/nothing');
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: 'not_found' });
  });
});

describe('server features', () => {
  const feature = (name: string, log: string[], close: () => Promise<void> = async () => {}): ServerFeature => ({
    name,
    mount(app) {
      app.get('/api/who', (c) => c.text(name));
      app.get('/kiem-tra', (c) => c.text(`${name} took the route`));
      log.push(`mount ${name}`);
    },
    close: async () => {
      log.push(`close ${name}`);
      await close();
    },
  });

  it("are mounted in list order, before the citizens' app", async () => {
    const log: string[] = [];
    const withFeatures = createApp({ distDir: dist, features: [feature('first', log), feature('second', log)] });
    expect(log).toEqual(['mount first', 'mount second']);
    expect(await (await withFeatures.request('/api/who')).text()).toBe('first');
    expect(await (await withFeatures.request('/kiem-tra')).text()).toBe('first took the route');
    expect((await withFeatures.request('/api/other')).status).toBe(404);
  });

  it('are closed in reverse order, every one even when one fails', async () => {
    const log: string[] = [];
    const failing = feature('middle', log, async () => {
      throw new Error('disk gone');
    });
    await expect(closeFeatures([feature('storage', log), failing, feature('last', log)])).rejects.toThrow('middle: disk gone');
    expect(log).toEqual(['close last', 'close middle', 'close storage']);
  });
});
