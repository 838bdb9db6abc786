import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { ON_DEMAND_CACHE, ON_DEMAND_MAX_ENTRIES } from '../../src/sw/on-demand-cache';
import { kioskSetupLink } from './support/kiosk';
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

/** What the build says each route and language needs (src/build/route-preloads.ts). */
function preloadMap() {
  return JSON.parse(readFileSync('dist/route-preloads.json', 'utf8')) as {
    routes: Record<string, { js: string[]; css: string[] }>;
    locales: Record<'vi' | 'en', Record<string, string>>;
    rules: Record<'vi' | 'en', { js: string[] }>;
    tutorials: Record<'vi' | 'en', Record<string, { js: string[] }>>;
  };
}
const onDemandCached = (page: Page) =>
  page.evaluate(async (name) => (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname), ON_DEMAND_CACHE);

async function controlledBy(page: Page, url: string) {
  await page.goto(url);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

test('kiosk setup keeps the kiosk screens, its runtime and every English text: it works offline in both languages', async ({ page }) => {
  const map = preloadMap();
  const server = await startServer();
  try {
    await controlledBy(page, server.url + '/');
    await page.goto(server.url + kioskSetupLink());
    await page.locator('[data-action="kiosk-enable"]').click();
    await expect(page.locator('html.kiosk-mode')).toHaveCount(1); // the runtime is running
    const kept = await onDemandCached(page);
    const wanted = [
      map.routes.kiosk!.js[0]!,
      ...Object.values(map.locales.en),
      ...map.rules.en.js,
      ...Object.values(map.tutorials.en).map((t) => t.js[0]!),
    ];
    expect(wanted.filter((f) => !kept.includes(f))).toEqual([]);
  } finally {
    await server.stop();
  }
  // No network from here: the attract screen, then the visitor switches to English.
  await page.reload();
  await expect(page.locator('html.kiosk-mode')).toHaveCount(1);
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  await page.locator('.masthead-actions button[lang="en"]').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(title ?? '');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('volunteer setup keeps the volunteer screens and the hand-over QR for offline use', async ({ page }) => {
  const map = preloadMap();
  const server = await startServer();
  try {
    await controlledBy(page, server.url + '/');
    // Nothing of the mode on a citizen's phone before it is used.
    expect((await onDemandCached(page)).filter((f) => map.routes.volunteer!.js.includes(f))).toEqual([]);
    await page.goto(server.url + '/tinh-nguyen');
    await page.locator('#team-code').fill('To 3 Cho Lon');
    await page.locator('form.volunteer-form button[type="submit"]').click();
    await expect(page.locator('html[data-mode-kept]')).toHaveCount(1);
    const kept = await onDemandCached(page);
    expect(kept).toContain(map.routes.volunteer!.js[0]);
    expect(kept.some((f) => /\/browser-[\w-]+\.js$/.test(f))).toBe(true); // the qrcode library
  } finally {
    await server.stop();
  }
});

test('a tutorial in English works offline once opened online; the Vietnamese ones without ever being opened', async ({ page }) => {
  const map = preloadMap();
  const english = (id: string) => map.tutorials.en[id]!.js[0]!;
  const server = await startServer();
  try {
    await controlledBy(page, server.url + '/');
    // Nothing English on a Vietnamese phone before it is used.
    expect((await onDemandCached(page)).filter((f) => f === english('install'))).toEqual([]);
    await page.goto(server.url + '/huong-dan/install/search?lang=en');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('.step-text')).toBeVisible();
    await expect.poll(() => onDemandCached(page)).toContain(english('install'));
  } finally {
    await server.stop();
  }
  // No network from here.
  await page.goto(page.url());
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('.step-text')).toBeVisible();
  const english1 = await page.getByRole('heading', { level: 1 }).textContent();
  // The same step in Vietnamese, never opened: precached.
  await page.goto(page.url().replace('lang=en', 'lang=vi'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
  await expect(page.locator('.step-text')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(english1 ?? '');
  // Another tutorial in English, never opened online: it says it could not load and offers a retry.
  await page.goto(page.url().replace('/install/search?lang=vi', '/portal-login/scan?lang=en'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('main button')).toHaveCount(1);
  await expect(page.locator('.step-text')).toHaveCount(0);
});
