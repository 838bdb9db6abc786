import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { screen, screenHeading, VIETNAMESE_LETTERS } from './support/screen';

// The app shell: home at phone and desktop widths in both languages, language choice, routes,
// settings, and accessibility of every screen that needs no parameter.

for (const width of [320, 1280]) {
  for (const lang of ['vi', 'en'] as const) {
    test(`home at ${width}px in ${lang}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(lang === 'en' ? '/?lang=en' : '/');
      const heading = screenHeading(page, 'home');
      await expect(heading).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      // The title itself came out in that language: Vietnamese letters, or none.
      if (lang === 'vi') await expect(heading).toHaveText(VIETNAMESE_LETTERS);
      else await expect(heading).not.toHaveText(VIETNAMESE_LETTERS);
      // The four jobs and the hotline are there.
      await expect(page.locator('.job')).toHaveCount(4);
      await expect(page.locator('a[href="tel:19000368"]').first()).toBeVisible();
      // Nothing wider than the screen: no sideways scrolling at 320 px.
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await expectNoAxeViolations(page);
    });
  }
}

test('the language switch changes the page, <html lang>, and is remembered', async ({ page }) => {
  await page.goto('/');
  const heading = screenHeading(page, 'home');
  const vietnamese = (await heading.textContent()) ?? '';
  expect(vietnamese).toMatch(VIETNAMESE_LETTERS);
  // The masthead's one button offers the other language.
  await page.getByRole('banner').getByRole('button').click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(heading).not.toHaveText(vietnamese);
  await expect(heading).not.toHaveText(VIETNAMESE_LETTERS);
  const english = (await heading.textContent()) ?? '';
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(heading).toHaveText(english);
  // A shared link's language wins over the saved one.
  await page.goto('/?lang=vi');
  await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
});

test('the browser language is used when nothing else says', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/gioi-thieu');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(screenHeading(page, 'about')).not.toHaveText(VIETNAMESE_LETTERS);
  await context.close();
});

test('links navigate in the app; back and forward work; focus moves to the heading', async ({ page }) => {
  await page.goto('/');
  await page.getByRole('contentinfo').locator('a[href="/gioi-thieu"]').click();
  await expect(page).toHaveURL(/\/gioi-thieu$/);
  const about = screenHeading(page, 'about');
  await expect(about).toBeFocused();
  // The document title starts with the screen's heading (tabs and history show it).
  const title = (await about.textContent()) ?? '';
  expect(title).not.toBe('');
  await expect(page).toHaveTitle(new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} · `));
  await page.goBack();
  await expect(screenHeading(page, 'home')).toBeVisible();
  await page.goForward();
  await expect(about).toHaveText(title);
});

test('old and alternative paths keep working; unknown paths say so and offer the way home', async ({ page }) => {
  await page.goto('/about');
  await expect(page).toHaveURL(/\/gioi-thieu$/);
  await expect(screenHeading(page, 'about')).toBeVisible();
  const response = await page.goto('/khong-co-trang-nay');
  expect(response?.status()).toBe(404);
  await expect(screenHeading(page, 'not-found')).toBeVisible();
  await screen(page, 'not-found').locator('a[href="/"]').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(screenHeading(page, 'home')).toBeVisible();
});

test('settings: larger text and high contrast apply at once and survive a reload', async ({ page }) => {
  await page.goto('/cai-dat');
  const before = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  await page.getByRole('checkbox').and(page.locator('[data-setting="large-text"]')).check();
  await page.getByRole('checkbox').and(page.locator('[data-setting="high-contrast"]')).check();
  await expect(page.locator('html')).toHaveClass(/large-text/);
  await expect(page.locator('html')).toHaveClass(/high-contrast/);
  const after = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
  expect(after).toBeGreaterThan(before);
  await page.reload();
  await expect(page.locator('html')).toHaveClass(/large-text/);
  await expectNoAxeViolations(page);
  // The radio follows the language once its texts have loaded, so click and wait for the page.
  const heading = screenHeading(page, 'settings');
  const vietnamese = (await heading.textContent()) ?? '';
  await page.getByRole('radio').and(page.locator('[name="lang"][value="en"]')).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(heading).not.toHaveText(vietnamese);
});

test('the server sends the security and cache headers', async ({ request }) => {
  const home = await request.get('/');
  const h = home.headers();
  expect(h['cache-control']).toBe('no-cache');
  expect(h['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(h['content-security-policy']).not.toContain('unsafe-inline');
  expect(h['x-content-type-options']).toBe('nosniff');
  expect(h['referrer-policy']).toBeTruthy();
  const sw = await request.get('/sw.js');
  expect(sw.headers()['cache-control']).toBe('no-cache');
  // The shell's entry script (the pre-rendered home adds it after its first paint, by script).
  const html = await (await request.get('/index.html')).text();
  const asset = /src="(\/assets\/[^"]+\.js)"/.exec(html)?.[1];
  expect(asset).toBeTruthy();
  const js = await request.get(asset!);
  expect(js.headers()['cache-control']).toBe('max-age=31536000, immutable');
  const missing = await request.get('/assets/nope.js');
  expect(missing.status()).toBe(404);
  expect(await missing.text()).not.toContain('<html');
  expect((await request.post('/')).status()).toBe(405);
});

// Every screen reachable without a parameter, at phone width, with no axe violations.
for (const path of ['/', '/kiem-tra', '/huong-dan', '/diem', '/ap-phich', '/rieng-tu', '/gioi-thieu', '/cai-dat', '/khong-co']) {
  test(`axe: ${path}`, async ({ page }) => {
    await page.setViewportSize({ width: 360, height: 780 });
    await page.goto(path);
    await expect(page.locator('main[data-screen]').getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  });
}
