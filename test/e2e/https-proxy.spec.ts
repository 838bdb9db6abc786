import { chromium, expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { CHROMIUM_ARGS, chromiumExecutable } from './support/browser';
import { dashboardLogin, screensFor } from './support/dashboard';
import { installServiceWorker, pendingOnDevice } from './support/device';
import { screenHeading, VIETNAMESE_LETTERS } from './support/screen';
import { startCaddy, type RunningCaddy } from './support/caddy';
import { startServer, type RunningServer } from './support/server';

// How every real deployment runs: Caddy (deploy/Caddyfile, the file the README shows) in front of
// the server with HTTPS, here with a certificate from Caddy's own local CA. The server trusts
// forwarded headers from 127.0.0.1 only (TRUST_PROXY=127.0.0.1).

const ORGANIZER = { name: 'doi06-proxy', password: 'mật khẩu thử nghiệm proxy' };

let server: RunningServer;
let caddy: RunningCaddy;
let browser: Browser;
let context: BrowserContext;
test.beforeEach(async () => {
  server = await startServer({
    env: { TRUST_PROXY: '127.0.0.1', ORGANIZER_NAME: ORGANIZER.name, ORGANIZER_PASSWORD: ORGANIZER.password },
  });
  caddy = await startCaddy(`127.0.0.1:${server.port}`);
  // A browser that accepts certificates from this Caddy's local CA (and only those).
  browser = await chromium.launch({
    executablePath: chromiumExecutable(),
    args: [...CHROMIUM_ARGS, `--ignore-certificate-errors-spki-list=${caddy.spkiHashes.join(',')}`],
  });
  context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh', serviceWorkers: 'allow' });
});
test.afterEach(async () => {
  await browser?.close();
  await caddy?.stop();
  await server?.stop();
});

/** The screen `id` is shown in `lang`: <html lang>, and its heading written in that language's letters. */
async function expectScreenIn(page: Page, id: string, lang: 'vi' | 'en'): Promise<void> {
  await expect(page.locator('html')).toHaveAttribute('lang', lang);
  const heading = screenHeading(page, id);
  if (lang === 'vi') await expect(heading).toHaveText(VIETNAMESE_LETTERS);
  else await expect(heading).not.toHaveText(VIETNAMESE_LETTERS);
}

test('through Caddy over HTTPS: counts arrive, an organizer logs in and reads them, the app works offline', async () => {
  const page = await context.newPage();
  // A citizen opens a poster's link over HTTPS; the service worker installs; the counts go out.
  await page.goto(caddy.url + '/?src=poster-proxy');
  await expect(screenHeading(page, 'home')).toBeVisible();
  await installServiceWorker(page);
  await expect.poll(() => pendingOnDevice(page), { timeout: 20_000 }).toBe(0);

  // The organizer logs in through the proxy, with a Secure session cookie, and sees the poster's counts.
  const dashboard = await context.newPage();
  await dashboardLogin(dashboard, caddy.url, ORGANIZER);
  const session = (await context.cookies(caddy.url)).find((c) => c.name === 'organizer_session');
  expect(session?.secure).toBe(true);
  await expect.poll(() => screensFor(dashboard, 'poster-proxy'), { timeout: 10_000 }).toBeGreaterThan(0);
  await dashboard.close();

  // English once online: a phone keeps English texts for offline use after using them (decision 0029).
  await page.goto(caddy.url + '/cai-dat?lang=en');
  await expectScreenIn(page, 'settings', 'en');
  // With the network gone, the pages are answered by the service worker, in either language.
  await context.setOffline(true);
  await page.goto(caddy.url + '/?lang=vi');
  await expectScreenIn(page, 'home', 'vi');
  await page.goto(caddy.url + '/cai-dat?lang=en');
  await expectScreenIn(page, 'settings', 'en');
  await context.setOffline(false);
});
