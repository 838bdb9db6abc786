import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { startServer } from './support/server';

// The "bring this" slip: from a checker result and from a point; one A6 page when printed (the
// PDF is rendered and its pages counted); an image to send; offline after the first visit.

test.use({ viewport: { width: 360, height: 740 } });

const LEVEL2_AT_POLICE = '/kiem-tra?a=nv-a14-tn-cc-so-px';

/** Pages of a PDF and the first page's size in points, read from the file itself. */
function pdfPages(pdf: Buffer): { pages: number; width: number; height: number } {
  const text = pdf.toString('latin1');
  const pages = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  const box = /\/MediaBox\s*\[\s*([\d.]+)\s+([\d.]+)\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text);
  return { pages, width: Number(box?.[3]) - Number(box?.[1]), height: Number(box?.[4]) - Number(box?.[2]) };
}

async function waitForServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

test('from a result: what to bring, what is refused, and one A6 page when printed', async ({ page }) => {
  await page.goto(LEVEL2_AT_POLICE);
  await expect(page.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'level2-police');
  await page.locator('[data-action="slip"]').click();
  const sheet = page.locator('.slip-sheet');
  await expect(sheet).toHaveAttribute('data-slip', 'level2-police');
  await expect(sheet.locator('[data-bring="card"]')).toBeVisible();
  await expect(sheet.locator('[data-not-accepted="expired-card"]')).toBeVisible();
  await expect(sheet.locator('[data-not-accepted="cmnd"]')).toBeVisible();
  await expect(sheet.locator('.source-note')).toBeVisible();
  // No personal data can be on it: the URL carries answer codes only.
  expect(new URL(page.url()).search).toBe('?a=nv-a14-tn-cc-so-px');
  await expectNoAxeViolations(page);

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const { pages, width, height } = pdfPages(pdf);
  expect(pages).toBe(1);
  // A6 is 105 × 148 mm = 297.6 × 419.5 pt.
  expect(Math.abs(width - 297.6)).toBeLessThan(2);
  expect(Math.abs(height - 419.5)).toBeLessThan(2);
  // What the printer sees: the sheet alone.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.masthead')).toBeHidden();
  await expect(page.locator('[data-action="print"]')).toBeHidden();
});

test('saved as an image to send on Zalo', async ({ page }) => {
  await page.goto('/mang-theo?a=nv-a14-tn-cc-so-px');
  await expect(page.locator('.slip-sheet')).toBeVisible();
  const download = page.waitForEvent('download');
  await page.locator('[data-action="save-image"]').click();
  const file = await (await download).path();
  const png = readFileSync(file);
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.length).toBeGreaterThan(5_000);
  await expect(page.locator('[data-image]')).toHaveAttribute('data-image', 'saved');
});

test('from a point: its name, address and hours, then offline after the first visit', async ({ page }) => {
  const server = await startServer();
  try {
    await page.goto(`${server.url}/diem/kh-phan-rang`);
    await page.locator('[data-action="slip"]').click();
    await expect(page.locator('.slip-sheet [data-point]')).toHaveAttribute('data-point', 'kh-phan-rang');
    await expect(page.locator('.slip-sheet')).toHaveAttribute('data-slip', 'level2-police');
    await expectNoAxeViolations(page);
    await waitForServiceWorker(page);
  } finally {
    await server.stop();
  }
  await page.reload();
  await expect(page.locator('.slip-sheet [data-point]')).toHaveAttribute('data-point', 'kh-phan-rang');
  await page.goto(`${server.url}/mang-theo?a=nv-a14-tn-cc-so-px`);
  await expect(page.locator('.slip-sheet')).toHaveAttribute('data-slip', 'level2-police');
});

test('a link that leads to no result says so', async ({ page }) => {
  await page.goto('/mang-theo?a=zz');
  await expect(page.locator('[data-slip="missing"]')).toBeVisible();
});
