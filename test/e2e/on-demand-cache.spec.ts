import { expect, test } from '@playwright/test';
import { readdirSync } from 'node:fs';
import { ON_DEMAND_CACHE, ON_DEMAND_MAX_ENTRIES } from '../../src/sw/on-demand-cache';
import { startServer } from './support/server';

// The service worker's cache of on-demand assets keeps at most ON_DEMAND_MAX_ENTRIES files, the
// least recently used going first (each app update adds new file names; it used to keep them all).

test('the on-demand asset cache stays capped, keeping the most recently used files', async ({ page }) => {
  const server = await startServer();
  try {
    await page.goto(server.url + '/');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });

    // Distinct URLs of a real on-demand file stand for the files of many app versions.
    const file = readdirSync('dist/assets/on-demand')[0]!;
    const urls = Array.from({ length: ON_DEMAND_MAX_ENTRIES + 15 }, (_, i) => `/assets/on-demand/${file}?version=${i}`);
    await page.evaluate(async (list) => {
      for (const url of list) if (!(await fetch(url)).ok) throw new Error(`${url} not served`);
    }, urls);
    const cached = () =>
      page.evaluate(
        async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname + new URL(r.url).search),
        ON_DEMAND_CACHE,
      );
    await expect.poll(async () => (await cached()).length, { timeout: 15_000 }).toBe(ON_DEMAND_MAX_ENTRIES);
    const kept = await cached();
    expect(kept).toContain(urls[urls.length - 1]);
    expect(kept).not.toContain(urls[0]);
  } finally {
    await server.stop();
  }
});
