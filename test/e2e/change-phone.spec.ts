import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// The commonest lock-out: a new phone. The fix for it leads to the full tutorial, whose steps carry
// sources, dates and the anti-scam warning like every tutorial. Selected by href and data-*.

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('the new-phone fix leads to the changed-phone tutorial, and its unlink step says where to tap', async ({ page }) => {
  await page.goto('/huong-dan/fix-problems/new-phone');
  const toTutorial = page.locator('main a[href="/huong-dan/change-phone"]').first();
  await expect(toTutorial).toBeVisible();
  await toTutorial.click();
  await expect(page).toHaveURL(/\/huong-dan\/change-phone$/);
  for (const step of ['why', 'prepare', 'login', 'nfc', 'no-nfc', 'unlink', 'lost']) {
    await expect(page.locator(`main a[href="/huong-dan/change-phone/${step}"]`).first()).toBeVisible();
  }
  await expectNoAxeViolations(page);

  await page.goto('/huong-dan/change-phone/unlink');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.source-note').first()).toBeVisible();
  await expect(page.locator('main .step-illustration svg').first()).toBeVisible();
  await expectNoAxeViolations(page);
});
