import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { buildFiles, CRITICAL_PATH_BUDGET, measureBuild, measureFirstRoundTrip, precacheList, PRECACHE_BUDGET } from '../../bench/budget';

// Bytes are deterministic, so the budgets are checked here; `npm run bench` prints the figures.

test('the first screen fits in one round trip and the precache in its budget', () => {
  const sizes = measureBuild('dist');
  const detail = sizes.criticalPath.map((f) => `${f.file}: ${f.gzip}`).join(', ');
  expect(sizes.criticalPathTotal, `critical path ${detail}`).toBeLessThanOrEqual(CRITICAL_PATH_BUDGET);
  expect(sizes.precacheTotal).toBeLessThanOrEqual(PRECACHE_BUDGET);
});

for (const [client, acceptEncoding, encoding] of [
  ['a current browser (brotli)', 'gzip, deflate, br, zstd', 'br'],
  ['a browser on plain HTTP (gzip only)', 'gzip, deflate', 'gzip'],
] as const) {
  // The home as a poster opens it: pre-rendered in the browser's language, painted from HTML and CSS.
  // With a query it was not pre-rendered for (a social network's click id): the entry paints it.
  for (const [page, path, acceptLanguage, prerendered] of [
    ['the home (Vietnamese browser)', '/', 'vi-VN,vi', true],
    ['the home (English browser)', '/', 'en-US,en', true],
    ['the home with a query it was not pre-rendered for', '/?fbclid=IwAR0x', 'vi-VN,vi', false],
  ] as const) {
    test(`what travels before ${page} paints, headers included, fits one round trip: ${client}`, async ({ baseURL }) => {
      const wire = await measureFirstRoundTrip(baseURL!, { path, acceptEncoding, acceptLanguage });
      const detail = wire.files.map((f) => `${f.path}: ${f.headerBytes}+${f.bodyBytes} ${f.encoding}`).join(', ');
      expect(wire.prerendered).toBe(prerendered);
      expect(wire.files.map((f) => f.encoding)).toEqual(wire.files.map(() => encoding));
      // Pre-rendered: no script before the paint (they load after it); otherwise the entry and its imports.
      expect(wire.files.some((f) => f.path.endsWith('.js'))).toBe(!prerendered);
      expect(wire.total, detail).toBeLessThanOrEqual(CRITICAL_PATH_BUDGET);
    });
  }
}

test("the precache holds what a citizen's phone needs: the shell, the Vietnamese texts, no kiosk, volunteer, English or dashboard code", () => {
  const precached = precacheList('dist');
  expect(precached).toContain('index.html');
  expect(precached).toContain('manifest.webmanifest');
  const all = buildFiles('dist');
  // What each route, language and tutorial needs (src/build/route-preloads.ts).
  const map = JSON.parse(readFileSync('dist/route-preloads.json', 'utf8')) as {
    routes: Record<string, { js: string[]; css: string[] }>;
    locales: Record<'vi' | 'en', Record<string, string>>;
    rules: Record<'vi' | 'en', { js: string[] }>;
    tutorials: Record<'vi' | 'en', Record<string, { js: string[] }>>;
  };
  const rel = (url: string) => url.replace(/^\//, '');
  const citizenRoutes = Object.keys(map.routes).filter((r) => !['kiosk', 'volunteer', 'posters'].includes(r));
  const citizen = new Set([
    ...citizenRoutes.flatMap((r) => [...map.routes[r]!.js, ...map.routes[r]!.css]),
    ...Object.values(map.locales.vi),
    ...map.rules.vi.js,
    ...Object.values(map.tutorials.vi).flatMap((t) => t.js),
  ]);
  expect(Object.keys(map.tutorials.vi).length).toBeGreaterThan(5);
  expect(citizen.size).toBeGreaterThan(30);
  expect([...citizen].map(rel).filter((f) => !precached.includes(f))).toEqual([]);
  // Fetched when first used (and at kiosk or volunteer setup): the modes' screens, English texts.
  const onDemand = [
    ...['kiosk', 'volunteer', 'posters'].flatMap((r) => map.routes[r]!.js.slice(0, 1)), // each mode's own screen chunk
    ...Object.values(map.locales.en),
    ...map.rules.en.js,
    ...Object.values(map.tutorials.en).map((t) => t.js[0]!), // each tutorial's English chunk
  ].map(rel);
  expect(onDemand.length).toBeGreaterThan(Object.keys(map.tutorials.en).length);
  expect(onDemand.filter((f) => precached.includes(f))).toEqual([]);
  // Install icons (PNG) are fetched when the app is installed, never needed offline.
  expect(precached.filter((f) => f.endsWith('.png'))).toEqual([]);
  expect(precached).toContain('icons/icon.svg');
  expect(precached.filter((f) => f.includes('dashboard'))).toEqual([]);
  expect(precached.filter((f) => !all.includes(f))).toEqual([]);
});
