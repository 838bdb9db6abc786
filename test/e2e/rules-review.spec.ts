import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// The rules review pages commune police read before a rule change ships (issue 15), as the real
// server serves them from the build (dist/quy-tac): the right content types, the page's style
// applied under the server's CSP (which refuses inline styles), and no accessibility violation.

const files = readdirSync(resolve('dist/quy-tac'));
const rulesets = files.filter((f) => f.endsWith('.mmd')).map((f) => f.slice(0, -'.mmd'.length));

test('every ruleset has its pages and diagram, served with the right content types', async ({ request }) => {
  expect(rulesets.length).toBeGreaterThanOrEqual(2);
  for (const id of rulesets) {
    for (const lang of ['vi', 'en']) {
      const page = await request.get(`/quy-tac/${id}.${lang}.html`);
      expect(page.status(), `${id}.${lang}.html`).toBe(200);
      expect(page.headers()['content-type']).toBe('text/html; charset=utf-8');
      expect(await page.text()).toContain(`<html lang="${lang}">`);
    }
    const diagram = await request.get(`/quy-tac/${id}.mmd`);
    expect(diagram.status()).toBe(200);
    // Shown as text in the browser (not downloaded as an unknown file), and not sniffed as anything else.
    expect(diagram.headers()['content-type']).toBe('text/plain; charset=utf-8');
    expect(diagram.headers()['x-content-type-options']).toBe('nosniff');
    expect(await diagram.text()).toMatch(/^flowchart /m);
  }
  const css = await request.get('/quy-tac/review.css');
  // Hashed and static CSS go without a charset (decision 0023): CSS defaults to UTF-8.
  expect(css.headers()['content-type']).toMatch(/^text\/css\b/);
});

for (const lang of ['vi', 'en'] as const)
  test(`the printable review pages in ${lang} are styled under the CSP, readable at 320 px and pass axe`, async ({ page }) => {
    const refused: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') refused.push(m.text());
    });
    for (const id of rulesets) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(`/quy-tac/${id}.${lang}.html`);
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.getByRole('main').locator('[data-outcome]').first()).toBeVisible();
      // The stylesheet applied: the page's measure, which the browser's default style does not have.
      await expect(page.locator('body')).toHaveCSS('max-width', '768px');
      await expectNoAxeViolations(page);
      await page.setViewportSize({ width: 320, height: 700 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    }
    expect(refused, 'console errors (a CSP refusal among them)').toEqual([]);
  });
