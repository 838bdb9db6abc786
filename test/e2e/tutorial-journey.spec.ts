import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// A tutorial step as a newcomer meets it on a 360×740 phone (issue 18): one primary action on the
// first screen, the scam warning in full once then folded, and "I'm stuck" that always asks and
// brings the person back. Selects by role and data-* only.

test.beforeEach(async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
});

test('the OTP step has one primary action, on the first screen, right after the instruction', async ({ page }) => {
  await page.goto('/huong-dan/activate/otp');
  const done = page.locator('[data-action="step-done"]');
  await expect(done).toBeVisible();
  await expect(done).toBeInViewport({ ratio: 1 });
  // Only one primary (filled) button; Back, Next, "I'm stuck" are secondary.
  await expect(page.locator('main .button:not(.button-secondary)')).toHaveCount(1);
  await expectNoAxeViolations(page);
});

test('the scam warning is full on the first step that needs it, folded and openable after that', async ({ page }) => {
  await page.goto('/huong-dan/activate/sms');
  await expect(page.locator('[data-scam="full"]')).toBeVisible();
  await page.goto('/huong-dan/activate/otp');
  const compact = page.locator('[data-scam="compact"]');
  await expect(compact).toBeVisible();
  await expect(page.locator('[data-scam="full"]')).toHaveCount(0);
  await expect(compact).not.toHaveAttribute('open');
  await compact.locator('summary').click();
  await expect(compact).toHaveAttribute('open', '');
  await expect(compact.locator('p')).toBeVisible();
});

test("I'm stuck always opens a chooser for that step, and a fix leads back to the step", async ({ page }) => {
  await page.goto('/huong-dan/register-level1/id-phone');
  const stuck = page.locator('[data-action="stuck"]');
  await stuck.click();
  await expect(stuck).toHaveAttribute('aria-expanded', 'true');
  const chooser = page.locator('[data-stuck-choices]');
  await expect(chooser.getByRole('heading', { level: 2 })).toBeFocused();
  await expect(page).toHaveURL(/\/huong-dan\/register-level1\/id-phone$/);
  // The step's own fixes first, then "another problem", then the hotline.
  const links = chooser.locator('[data-fix]');
  await expect(links.last()).toHaveAttribute('data-fix', 'other');
  expect(await links.count()).toBeGreaterThanOrEqual(2);
  await expect(chooser.locator('[data-action="hotline-call"]')).toHaveAttribute('href', /^tel:/);
  await expectNoAxeViolations(page);

  await links.first().click();
  await expect(page).toHaveURL(/\/huong-dan\/fix-problems\/[a-z-]+\?tu=register-level1%2Fid-phone$/);
  // Inside the fix, Back and Next would wander into other fixes: not offered.
  await expect(page.locator('[data-step-nav]')).toHaveCount(0);
  await page.locator('[data-action="step-done"]').click();
  await expect(page).toHaveURL(/\/huong-dan\/register-level1\/id-phone$/);

  // "Another problem" opens the list of fixes, which also leads back.
  await page.locator('[data-action="stuck"]').click();
  await page.locator('[data-stuck-choices] [data-fix="other"]').click();
  await expect(page).toHaveURL(/\/huong-dan\/fix-problems\?tu=register-level1%2Fid-phone$/);
  await page.locator('main ol a').first().click();
  await page.locator('[data-action="step-done"]').click();
  await expect(page).toHaveURL(/\/huong-dan\/register-level1\/id-phone$/);
});
