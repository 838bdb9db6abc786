import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app';

let app: ReturnType<typeof createApp>;
const SHELL = '<!doctype html><html lang="vi"><head><title>t</title></head><body><div id="app"></div>' + ' '.repeat(400) + '</body></html>';

beforeAll(() => {
  const dist = mkdtempSync(join(tmpdir(), 'vneid-dist-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), SHELL);
  writeFileSync(join(dist, 'sw.js'), 'self.x=1;');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1);'.repeat(50));
  app = createApp({ distDir: dist });
});

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

  it('withstands hostile requests', async () => {
    for (const path of [
      '/../../etc/passwd',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fpackage.json',
      '/' + 'a'.repeat(5000),
      '/diem/%00',
    ]) {
      const res = await get(path);
      expect([200, 404], path).toContain(res.status);
      const body = await res.text();
      expect(body, path).not.toContain('root:');
      expect(body, path).not.toContain('"dependencies"');
    }
    expect((await get('/', { method: 'POST', body: 'x' })).status).toBe(405);
    expect((await get('/', { method: 'DELETE' })).status).toBe(405);
    const api = await get('/api/nothing');
    expect(api.status).toBe(404);
    expect(await api.json()).toMatchObject({ error: 'not_found' });
  });
});
