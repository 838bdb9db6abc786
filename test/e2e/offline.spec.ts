import { expect, test, type Page } from '@playwright/test';
import { writeFileSync, appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { copyOfBuild, freePort, startServer } from './support/server';

// Offline and updates need a server the test can stop and restart, so each test runs its own.

/** Waits for the worker to be installed and active, reloads, and waits until it controls the page. */
async function installServiceWorker(page: Page) {
  // navigator.serviceWorker.ready resolves once a worker is active (the app registers it when idle).
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

test('after the first visit, the app works with the server gone', async ({ page }) => {
  const server = await startServer();
  try {
    await page.goto(server.url + '/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tài khoản định danh điện tử VNeID');
    await installServiceWorker(page);
    // English is not precached (a phone in Vietnamese never downloads it): used once online, it is kept.
    const english = await page.context().newPage();
    await english.goto(server.url + '/cai-dat?lang=en');
    await expect(english.getByRole('heading', { level: 1 })).toHaveText('Display settings');
    await english.close();
  } finally {
    await server.stop();
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tài khoản định danh điện tử VNeID');
  // Another screen (a lazy chunk and its texts) and a deep link, both offline.
  await page.getByRole('link', { name: 'Giới thiệu và nguồn thông tin' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giới thiệu và nguồn thông tin');
  await page.goto(server.url + '/cai-dat?lang=en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Display settings');
});

test('a new version is announced and applied only when the person agrees', async ({ page }) => {
  const dist = copyOfBuild();
  const port = await freePort();
  let server = await startServer({ port, distDir: dist });
  try {
    await page.goto(server.url + '/');
    await installServiceWorker(page);
    await expect(page.getByText('Có phiên bản mới')).toHaveCount(0);

    // Deploy a new version: a different service worker on the same origin.
    await server.stop();
    appendFileSync(join(dist, 'sw.js'), `\n// new version ${Date.now()}\n`);
    writeFileSync(join(dist, 'version.txt'), 'v2');
    server = await startServer({ port, distDir: dist });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));

    const banner = page.getByText('Có phiên bản mới của trang hướng dẫn.');
    await expect(banner).toBeVisible({ timeout: 20_000 });
    // Nothing happens by itself: the old worker still controls the page.
    const waiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)));
    expect(waiting).toBe(true);
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Cập nhật ngay' }).click()]);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tài khoản định danh điện tử VNeID');
    const stillWaiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => Boolean(r?.waiting)));
    expect(stillWaiting).toBe(false);
  } finally {
    await server.stop();
  }
});
