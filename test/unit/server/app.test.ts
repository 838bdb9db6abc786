import { mkdirSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../src/server/app';
import { closeFeatures, type ServerFeature } from '../../../src/server/feature';
import { tempDir } from '../support/temp-dir';

let app: ReturnType<typeof createApp>;
let dist: string;
// Stands for a Zopfli gzip: any gzip of the same bytes that zlib would not make.
const PRECOMPRESSED = gzipSync('console.log(1);'.repeat(50), { level: 1 });
const SHELL =
  '<!doctype html><html lang="vi"><head><title>t</title><script type="module" crossorigin src="/assets/index-abc123.js"></script></head><body><div id="app"></div>' +
  ' '.repeat(400) +
  '</body></html>';

beforeAll(() => {
  // dist/ inside a folder that also holds a file no request may reach (what "../" would aim at).
  const root = tempDir('vneid-dist-');
  writeFileSync(join(root, 'secret.txt'), 'outside dist');
  dist = join(root, 'dist');
  mkdirSync(join(dist, 'assets'), { recursive: true });
  writeFileSync(join(dist, 'index.html'), SHELL);
  writeFileSync(join(dist, 'sw.js'), 'self.x=1;');
  writeFileSync(join(dist, 'assets', 'index-abc123.js'), 'console.log(1);'.repeat(50));
  // The build's Zopfli copies (src/build/first-screen-gzip.ts): one that holds its file, one stale.
  writeFileSync(join(dist, 'assets', 'index-abc123.js.gz'), PRECOMPRESSED);
  writeFileSync(join(dist, 'assets', 'other-abc123.js'), 'console.log(3);'.repeat(50));
  writeFileSync(join(dist, 'assets', 'other-abc123.js.gz'), gzipSync('console.log(2);'.repeat(50)));
  // What the build says each route needs (src/build/route-preloads.ts).
  const needs = (...js: string[]) => ({ js, css: [] as string[] });
  writeFileSync(
    join(dist, 'route-preloads.json'),
    JSON.stringify({
      routes: {
        home: needs(),
        checker: { js: ['/assets/checker-1.js'], css: ['/assets/checker-1.css'] },
        guideStep: needs('/assets/guides-1.js'),
      },
      namespaces: { home: ['home'], checker: ['checker'], guideStep: ['tutorials'] },
      locales: {
        vi: { tutorials: '/assets/vi-tutorials.js', checker: '/assets/vi-checker.js' },
        en: { common: '/assets/en-common.js', home: '/assets/en-home.js' },
      },
      localeIndex: needs('/assets/locales.js'),
      rules: { vi: needs('/assets/rules-vi.js'), en: needs('/assets/rules-en.js') },
      tutorials: { vi: { activate: needs('/assets/activate-vi.js') }, en: { activate: needs('/assets/activate-en.js') } },
      points: {},
    }),
  );
  // The build's pre-rendered pages (src/build/prerender.ts): `<path>|<lang>` → markup.
  writeFileSync(
    join(dist, 'prerendered.json'),
    JSON.stringify({
      '/huong-dan/activate/otp|vi': { html: '<main data-screen="guideStep">Nhập mã OTP</main>', title: 'Nhập mã OTP · Hướng dẫn' },
      '/huong-dan/activate/otp|en': { html: '<main data-screen="guideStep">Enter the OTP $& code</main>', title: 'OTP <$&> · Guide' },
      '/kiem-tra|en': { html: '<main data-screen="checker">Check</main>', title: 'Check · Guide' },
    }),
  );
  app = createApp({ distDir: dist });
});

const get = (path: string, init?: RequestInit) => app.request(path, init);

describe('the app server', () => {
  it('serves the shell for app routes, no-cache, with the security headers', async () => {
    const res = await get('/gioi-thieu'); // a route the preload map names nothing for
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

  it('serves hashed assets as immutable for a year, brotli or gzip as accepted, with page policies left off', async () => {
    const res = await get('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers.get('cache-control')).toBe('max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(Buffer.from(await res.arrayBuffer())).toString()).toBe('console.log(1);'.repeat(50));
    // A script is never a document: nosniff, but no CSP/framing headers (bytes in the first round trip).
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('content-security-policy')).toBeNull();
    expect(res.headers.get('etag')).toBeNull();
    const gz = await get('/assets/index-abc123.js', { headers: { 'accept-encoding': 'gzip, br;q=0' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString()).toBe('console.log(1);'.repeat(50));
    const plain = await get('/assets/index-abc123.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
  });

  it("sends the build's precompressed gzip when it holds the file, never a stale one, and never serves .gz files", async () => {
    const gzip = (path: string) => get(path, { headers: { 'accept-encoding': 'gzip, deflate' } });
    const fresh = await gzip('/assets/index-abc123.js');
    expect(Buffer.from(await fresh.arrayBuffer()).equals(PRECOMPRESSED)).toBe(true);
    // Scripts and styles carry no charset (module scripts are UTF-8), assets no page policies.
    expect(fresh.headers.get('content-type')).toBe('text/javascript');
    expect(fresh.headers.get('permissions-policy')).toBeNull();
    const stale = await gzip('/assets/other-abc123.js');
    expect(gunzipSync(Buffer.from(await stale.arrayBuffer())).toString()).toBe('console.log(3);'.repeat(50));
    expect((await get('/assets/index-abc123.js.gz')).status).toBe(404);
  });

  it("names each route's files in the shell for the browser's language, and keeps the map private", async () => {
    const links = async (path: string, lang: string) =>
      [...(await (await get(path, { headers: { 'accept-language': lang } })).text()).matchAll(/href="(\/assets\/[^"]+)"/g)].map(
        (m) => m[1],
      );
    expect(await links('/', 'vi-VN,vi;q=0.9')).toEqual([]);
    expect(await links('/', 'en-US,en;q=0.9')).toEqual(['/assets/locales.js', '/assets/en-common.js', '/assets/en-home.js']);
    // With a query the step is not the pre-rendered page (whose scripts wait for its first paint: below).
    expect(await links('/huong-dan/activate/otp?x=1', 'vi')).toEqual([
      '/assets/guides-1.js',
      '/assets/locales.js',
      '/assets/vi-tutorials.js',
      '/assets/activate-vi.js',
    ]);
    // An English browser gets the tutorial's English chunk only (and the English texts the map names).
    expect(await links('/huong-dan/activate/otp?x=1', 'en')).toEqual([
      '/assets/guides-1.js',
      '/assets/locales.js',
      '/assets/vi-tutorials.js',
      '/assets/en-common.js',
      '/assets/activate-en.js',
    ]);
    expect(await links('/kiem-tra?lang=en&x=1', 'vi')).toEqual([
      '/assets/checker-1.css',
      '/assets/checker-1.js',
      '/assets/locales.js',
      '/assets/vi-checker.js',
      '/assets/en-common.js',
      '/assets/rules-en.js',
    ]);
    const html = await (await get('/kiem-tra')).text();
    expect(html).toContain(
      '<link rel="preload" as="style" crossorigin href="/assets/checker-1.css"><link rel="modulepreload" crossorigin href="/assets/checker-1.js">',
    );
    expect((await get('/kiem-tra')).headers.get('vary')).toBe('Accept-Encoding, Accept-Language');
    expect((await get('/route-preloads.json')).status).toBe(404);
  });

  it("puts a pre-rendered page's markup in the shell, in the browser's language, with its styles render-blocking", async () => {
    const page = async (path: string, lang = 'vi') => (await get(path, { headers: { 'accept-language': lang } })).text();
    const step = await page('/huong-dan/activate/otp');
    expect(step).toContain('<div id="app" data-prerendered="vi"><main data-screen="guideStep">Nhập mã OTP</main></div>');
    expect(step).toContain('<html lang="vi">');
    expect(step).toContain('<title>Nhập mã OTP · Hướng dẫn</title>');
    // English: its own markup and <html lang>; a "$&" in the text stays text (no replacement pattern).
    const english = await page('/huong-dan/activate/otp', 'en-US,en');
    expect(english).toContain('<div id="app" data-prerendered="en"><main data-screen="guideStep">Enter the OTP $& code</main></div>');
    expect(english).toContain('<html lang="en">');
    expect(english).toContain('<title>OTP &lt;$&amp;&gt; · Guide</title>'); // plain text, escaped as HTML
    // A poster's tag or a language in the query shows the same page; anything else may not.
    expect(await page('/huong-dan/activate/otp?src=poster-1')).toContain('data-prerendered="vi"');
    expect(await page('/huong-dan/activate/otp?lang=en')).toContain('data-prerendered="en"');
    expect(await page('/huong-dan/activate/otp?a=1')).toContain('<div id="app"></div>');
    expect(await page('/huong-dan/activate/otp?a=1')).toContain('<title>t</title>');
    // An alias or an untidy path: the app rewrites it to the canonical path as it loads, so no markup.
    expect(await page('/huong-dan/activate/otp/')).toContain('<div id="app"></div>');
    expect(await page('/guides/activate/otp')).toContain('<div id="app"></div>');
    // The checker's stylesheet is a stylesheet on a pre-rendered page (it must paint styled), a preload otherwise.
    expect(await page('/kiem-tra', 'en')).toContain('<link rel="stylesheet" crossorigin href="/assets/checker-1.css">');
    expect(await page('/kiem-tra', 'vi')).toContain('<link rel="preload" as="style" crossorigin href="/assets/checker-1.css">');
    // No markup for a language the build did not render, nor for an unknown page.
    expect(await page('/kiem-tra', 'vi')).toContain('<div id="app"></div>');
    expect(await page('/khong-co')).toContain('<div id="app"></div>');
    expect((await get('/prerendered.json')).status).toBe(404);
  });

  it("loads a pre-rendered page's scripts after it has painted, by the one inline script its CSP allows", async () => {
    const res = await get('/huong-dan/activate/otp', { headers: { 'accept-language': 'vi' } });
    const html = await res.text();
    // No module script or modulepreload for the parser to fetch beside the stylesheets.
    expect(html).not.toContain('<script type="module"');
    expect(html).not.toContain('<link rel="modulepreload"');
    const loader = /<script data-entry="([^"]+)" data-preloads="([^"]*)">([^<]+)<\/script><\/body>/.exec(html);
    expect(loader?.[1]).toBe('/assets/index-abc123.js');
    expect(loader?.[2]).toBe('/assets/guides-1.js /assets/locales.js /assets/vi-tutorials.js /assets/activate-vi.js');
    // The page's policy names that script's hash; every other page keeps the policy with no inline script.
    const hash = createHash('sha256').update(loader![3]!).digest('base64');
    expect(res.headers.get('content-security-policy')).toContain(`script-src 'self' 'sha256-${hash}'`);
    const plain = await get('/huong-dan/activate/otp?a=1');
    expect(plain.headers.get('content-security-policy')).not.toContain('script-src');
    expect(await plain.text()).toContain('<script type="module" crossorigin src="/assets/index-abc123.js"></script>');
    // A revalidated pre-rendered page keeps its policy.
    const again = await get('/huong-dan/activate/otp', { headers: { 'accept-language': 'vi', 'if-none-match': res.headers.get('etag')! } });
    expect(again.status).toBe(304);
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
    for (const path of [
      '/' + 'a'.repeat(5000),
      '/diem/%00',
      '/..%2fsecret.txt',
      '/assets/..%2f..%2fsecret.txt',
      '/assets/%2e%2e/%2e%2e/secret.txt',
    ]) {
      const res = await get(path);
      expect(res.status, path).toBe(404);
      expect(await res.text(), path).not.toContain('outside dist');
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
