import { pbkdf2Sync, randomBytes } from 'node:crypto';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// The kiosk's attract screen (issue 18) is a screen, not a page: on a landscape or portrait tablet
// everything, the QR to continue on one's phone included, is in view without scrolling.

function setupLink(): string {
  const salt = randomBytes(16);
  const hash = pbkdf2Sync('2468', salt, 10_000, 32, 'sha256');
  const place = encodeURIComponent('Nhà văn hóa khu phố 3');
  return `/kiosk?setup=1&id=nvh-kp3&loc=79-26734&lat=10.757&lng=106.663&ten=${place}&lang=vi&idle=60&pin=10000.${salt.toString('base64url')}.${hash.toString('base64url')}`;
}

for (const size of [
  { width: 1280, height: 800 },
  { width: 800, height: 1280 },
]) {
  test(`the attract screen fits one ${size.width}×${size.height} tablet screen, QR included`, async ({ page }) => {
    await page.setViewportSize(size);
    await page.goto(setupLink());
    await page.locator('[data-action="kiosk-enable"]').click();
    await expect(page.locator('html.kiosk-mode')).toHaveCount(1);
    const qr = page.locator('[data-kiosk-qr]');
    await expect(qr).toBeVisible();
    await expect(qr).toBeInViewport({ ratio: 1 });
    const overflow = await page.evaluate(() => {
      // Which blocks reach below the fold, to say what to trim when this fails.
      const below = [...document.querySelectorAll('main *')]
        .filter((e) => e.getBoundingClientRect().bottom > window.innerHeight + 1 && e.children.length === 0)
        .map((e) => `${e.tagName.toLowerCase()}.${e.className}@${Math.round(e.getBoundingClientRect().bottom)}`);
      return { px: document.documentElement.scrollHeight - window.innerHeight, below: below.slice(0, 8) };
    });
    expect(overflow.px, overflow.below.join(', ')).toBeLessThanOrEqual(0);
    await expectNoAxeViolations(page);
  });
}
