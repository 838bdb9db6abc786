import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { startServer } from './support/server';

// After the finder (issue 18): a mobile session into the calendar or into a message, a point's
// link opened offline, the provinces a person will want kept for offline use, and what a phone
// is not offered. Selects by role and data-* only.

const TUESDAY = new Date('2026-12-01T09:00:00+07:00');
const VENUE = '/diem/hcm-q5-chung-cu';

async function installServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
}

test('"add to calendar" says what happened; the file reminds the day before and names the province', async ({ page }) => {
  await page.clock.setFixedTime(TUESDAY);
  await page.goto(VENUE);
  const first = page.locator('[data-session-date="2026-12-05"]');
  const [download] = await Promise.all([page.waitForEvent('download'), first.locator('[data-action="session-calendar"]').click()]);
  const ics = readFileSync((await download.path()) ?? '', 'utf8').replace(/\r\n /g, '');
  expect(ics).toContain('BEGIN:VALARM');
  expect(ics).toContain('TRIGGER:-P1D');
  expect(ics).toMatch(/LOCATION:[^\r\n]*Hồ Chí Minh/);
  await expect(first.locator('[data-session-said="downloaded"]')).not.toBeEmpty();
  await expectNoAxeViolations(page);
});

test('"send to myself or a relative" hands date, time, place and what to bring to the share sheet', async ({ page }) => {
  // The phone's share sheet, as the browser exposes it (headless Chromium on Linux has none).
  await page.addInitScript(() => {
    const shared: ShareData[] = [];
    (window as unknown as { shared: ShareData[] }).shared = shared;
    Object.defineProperty(navigator, 'share', { value: (data: ShareData) => (shared.push(data), Promise.resolve()) });
  });
  await page.clock.setFixedTime(TUESDAY);
  await page.goto(VENUE);
  await page.locator('[data-session-date="2026-12-05"] [data-action="session-message"]').click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared.length)).toBe(1);
  const text = await page.evaluate(() => (window as unknown as { shared: ShareData[] }).shared[0]?.text ?? '');
  expect(text).toContain('05/12');
  expect(text).toContain('07:30–11:00');
  expect(text).toContain('Hồ Chí Minh');
  expect(text).toContain('/diem/hcm-q5-chung-cu');
});

test('without a share sheet the message is copied or shown, and the page says which', async ({ page }) => {
  await page.clock.setFixedTime(TUESDAY);
  await page.goto(VENUE);
  const item = page.locator('[data-session-date="2026-12-05"]');
  await item.locator('[data-action="session-message"]').click();
  await expect(item.locator('[data-session-said="copied"], [data-session-said="shown"]')).not.toBeEmpty();
});

test("a point's link opened offline, before its province ever loaded, says so with a next step", async ({ page }) => {
  const server = await startServer();
  try {
    await page.goto(server.url + '/');
    await installServiceWorker(page);
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  } finally {
    await server.stop();
  }
  await page.goto(server.url + '/diem/kh-phan-rang');
  await expect(page.locator('[data-point-state="offline"]')).toBeVisible();
  await expect(page.locator('main a[href="/diem"]')).toBeVisible();
});

test('the province a link points at is kept for offline use from the first visit', async ({ page }) => {
  const server = await startServer();
  try {
    // First visit, straight from a poster's link: no worker controls this page yet.
    await page.goto(server.url + '/diem/th-bim-son?src=poster');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('data-offline-provinces', /thanh-hoa/, { timeout: 20_000 });
    await installServiceWorker(page);
  } finally {
    await server.stop();
  }
  // Offline: another place in the same province.
  await page.goto(server.url + '/diem?q=' + encodeURIComponent('Quang Trung, Thanh Hóa'));
  await expect(page.locator('[data-results] [data-point-id="th-quang-trung"]')).toBeVisible();
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('kiosk and organizer jobs are not offered; links with the same words go to the same place', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // "Send this page to your phone" (a link to this very page) and "Print QR posters" belong to kiosks and organizers.
    await expect(page.locator('main a[href="/"]')).toBeHidden();
    await expect(page.locator('a[href="/ap-phich"]')).toBeHidden();
    // A job's link is named by its title (its body text follows): compare what the eye reads first.
    const links = await page
      .locator('main a')
      .evaluateAll((as) => as.map((a) => [(a.querySelector('.job-title') ?? a).textContent?.trim() ?? '', a.getAttribute('href') ?? '']));
    const hrefByName = new Map<string, Set<string>>();
    for (const [name = '', href = ''] of links) hrefByName.set(name, (hrefByName.get(name) ?? new Set()).add(href));
    for (const [name, hrefs] of hrefByName) expect([...hrefs], name).toHaveLength(1);
  });
});

test('on a computer, the organizer and kiosk jobs are there', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('main a[href="/"]')).toBeVisible();
  await expect(page.locator('a[href="/ap-phich"]')).toBeVisible();
});
