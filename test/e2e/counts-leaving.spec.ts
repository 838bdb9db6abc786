import { expect, test, type Browser, type Page } from '@playwright/test';
import { pendingOnDevice } from './support/device';

// Counts made in the moment the page is left (a tap that counts, then a reload or a link away) are
// recorded once: not lost with an IndexedDB transaction the unload cut short, not doubled.

/** Waits until the device's pending total stops changing (the counting code loaded and wrote). */
async function settledPending(page: Page): Promise<number> {
  let last = -1;
  await expect
    .poll(
      async () => {
        const now = await pendingOnDevice(page);
        const same = now === last && now > 0;
        last = now;
        return same;
      },
      { timeout: 20_000, intervals: [400] },
    )
    .toBe(true);
  return last;
}

/**
 * Walks the activation tutorial on a fresh device, each step marked done and the page reloaded,
 * and returns what the device recorded. `leaveAtOnce` reloads in the same task as the tap.
 */
async function walk(browser: Browser, baseURL: string, leaveAtOnce: boolean): Promise<number> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  // Nothing is delivered during the test: every count stays on the device, where it can be read.
  await page.route('**/api/counts', (route) => route.abort());
  await page.goto('/huong-dan/activate/sms');
  await settledPending(page);
  for (let i = 0; i < 7; i++) {
    if (leaveAtOnce) {
      await page.evaluate(() => {
        (document.querySelector('[data-action="step-done"]') as HTMLElement).click();
        location.reload();
      });
    } else {
      const before = await pendingOnDevice(page);
      await page.locator('[data-action="step-done"]').click();
      await expect.poll(() => pendingOnDevice(page)).toBeGreaterThan(before);
      await settledPending(page);
      await page.reload();
    }
    await page.waitForLoadState('load');
    await expect(page.locator('[data-action="step-done"]')).toBeVisible();
    await settledPending(page);
  }
  const total = await settledPending(page);
  await context.close();
  return total;
}

test('counts made in the same moment the page is left are recorded exactly once', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  const calm = await walk(browser, baseURL!, false);
  const hurried = await walk(browser, baseURL!, true);
  expect(hurried).toBe(calm);
});
