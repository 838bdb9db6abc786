import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// Every browser a citizen arrives in (issue 18): in-app browsers (Zalo, Facebook) that refuse
// service workers, screen readers that speak a control's name, fingers on small targets.

/** Every uncaught error and console error of the page, collected from the start. */
function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e.stack ?? e)));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  return errors;
}

test.describe('service workers blocked, as in an in-app browser', () => {
  test.use({ serviceWorkers: 'block' });

  test('every kind of screen loads and works with no errors', async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    // Positive signal: the app tried to register its worker and knows it cannot.
    await expect(page.locator('html')).toHaveAttribute('data-sw', 'unavailable');
    for (const path of ['/diem', '/huong-dan/activate/otp', '/kiem-tra', '/cai-dat']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('data-sw', 'unavailable');
    }
    // A lazily loaded province still arrives (no worker to cache it, straight from the server).
    await page.goto('/diem?q=' + encodeURIComponent('Bỉm Sơn'));
    await expect(page.locator('[data-point-id]').first()).toBeVisible();
    expect(errors).toEqual([]);
  });
});

test('the hotline button is spoken with its visible words (WCAG 2.5.3, checked by the current axe-core)', async ({ page }) => {
  await page.goto('/');
  const hotline = page.locator('.action-bar a[href^="tel:"]');
  const visible = (await hotline.innerText()).trim();
  expect(await hotline.getAttribute('aria-label')).toContain(visible);
  const results = await new AxeBuilder({ page }).withRules(['label-content-name-mismatch']).analyze();
  // The rule really ran on the link (axe 4.13 left it out as experimental).
  expect(results.passes.map((r) => r.id)).toContain('label-content-name-mismatch');
  expect(results.violations).toEqual([]);
  await expectNoAxeViolations(page);
});

test('radio buttons and checkboxes are at least 44 px targets', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ['/cai-dat', '/diem', '/rieng-tu']) {
    await page.goto(path);
    const inputs = page.locator('input[type="radio"], input[type="checkbox"]');
    await expect(inputs.first()).toBeVisible();
    for (const box of await inputs.evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))) {
      expect(box.width, path).toBeGreaterThanOrEqual(44);
      expect(box.height, path).toBeGreaterThanOrEqual(44);
    }
  }
});

test('the OTP and passcode keypads show every digit, 0 included', async ({ page }) => {
  for (const step of ['/huong-dan/activate/otp', '/huong-dan/activate/passcode']) {
    await page.goto(step);
    await expect(page.locator('[data-illustration] svg')).toBeVisible();
    const digits = await page.locator('[data-illustration] text').allTextContents();
    for (const d of '0123456789') expect(digits, step).toContain(d);
  }
});
