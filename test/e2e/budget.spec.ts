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
  test(`what travels for the first screen, headers included, fits one round trip: ${client}`, async ({ baseURL }) => {
    // The shell, its stylesheet and its scripts, status lines and headers counted (HTTP/1.1).
    const wire = await measureFirstRoundTrip(baseURL!, { acceptEncoding });
    const detail = wire.files.map((f) => `${f.path}: ${f.headerBytes}+${f.bodyBytes} ${f.encoding}`).join(', ');
    expect(wire.files.map((f) => f.encoding)).toEqual(wire.files.map(() => encoding));
    expect(wire.total, detail).toBeLessThanOrEqual(CRITICAL_PATH_BUDGET);
  });
}

test('the precache holds the shell, every locale chunk, and no dashboard code', () => {
  const precached = precacheList('dist');
  expect(precached).toContain('index.html');
  expect(precached).toContain('manifest.webmanifest');
  const all = buildFiles('dist');
  // Every JavaScript chunk of the citizen app is precached (screens, locales, content).
  const appChunks = all.filter((f) => f.startsWith('assets/') && f.endsWith('.js') && !f.startsWith('assets/dashboard'));
  const notPrecached = appChunks.filter((f) => !precached.includes(f));
  // Left to be cached on first use: other provinces' point data and the camera QR library (108 KB).
  // The posters screen is an organizers' tool: cached on first use too.
  expect(notPrecached.filter((f) => !/^assets\/(points|on-demand)\/|^assets\/posters-screen-/.test(f))).toEqual([]);
  // Install icons (PNG) are fetched when the app is installed, never needed offline.
  expect(precached.filter((f) => f.endsWith('.png'))).toEqual([]);
  expect(precached).toContain('icons/icon.svg');
  expect(precached.filter((f) => f.includes('dashboard'))).toEqual([]);
});
