import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { decodeQrPng } from './support/qr';
import { screenHeading } from './support/screen';

// The poster maker: the form, the print output (one A4 page as PDF, only the poster, a QR that
// decodes to the intended link), the A6 cards, the downloads, hostile source tags, accessibility.

// What an organizer types: the print must carry it as typed, Vietnamese letters and all.
const TITLE = 'Kích hoạt tài khoản định danh điện tử mức 2 tại nhà văn hóa';

/** A field of the poster form by its name (src, title, message, path, tutorial, step). */
const field = (page: Page, name: string) => page.locator(`form [name="${name}"]`);
/** What the poster's QR opens, as the form shows it under the preview. */
const qrLink = (page: Page) => page.locator('[data-qr-link]');
const action = (page: Page, name: string) => page.getByRole('button').and(page.locator(`[data-action="${name}"]`));
const targetRadio = (page: Page, kind: string) => page.getByRole('radio').and(page.locator(`[name="poster-target"][value="${kind}"]`));
const formatRadio = (page: Page, format: 'a4' | 'a6') =>
  page.getByRole('radio').and(page.locator(`[name="poster-format"][value="${format}"]`));

async function fillPoster(page: Page, tag: string) {
  await page.goto('/ap-phich');
  await expect(screenHeading(page, 'posters')).toBeVisible();
  await targetRadio(page, 'checker').check();
  await field(page, 'src').fill(tag);
  await field(page, 'title').fill(TITLE);
  await expect(action(page, 'print-poster')).toBeEnabled();
}

/** Pages in a Chromium PDF: one `/Type /Page` dictionary each (the tree's root is `/Type /Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test('axe finds nothing on the poster screen, at phone width too', async ({ page }) => {
  await page.goto('/ap-phich');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await targetRadio(page, 'path').check();
  await field(page, 'path').fill('/khong-co-trang-nay');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('an A4 poster prints as one clean page whose QR opens the intended link', async ({ page, context, baseURL }) => {
  await fillPoster(page, 'Chung-Cu-A');
  const want = `${baseURL}/kiem-tra?src=chung-cu-a`;
  await expect(qrLink(page)).toHaveAttribute('data-qr-link', want);
  await expect(qrLink(page)).toContainText(want);

  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPageCount(pdf)).toBe(1);
  // A4 at 72 points per inch: 595 × 842.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
  expect(Math.round(Number(box?.[1]))).toBe(595);
  expect(Math.round(Number(box?.[2]))).toBe(842);

  // What prints, as the printer sees it: the poster alone, and its QR decodes to the link.
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 794, height: 1123 });
  await expect(page.locator('header, footer, main').first()).toBeHidden();
  const sheet = page.locator('#poster-print-root .poster-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet).toContainText(TITLE);
  await expect(sheet.locator('.poster-scan')).not.toBeEmpty(); // how to scan, in the poster's language
  expect(await decodeQrPng(context, await page.screenshot({ fullPage: true }))).toBe(want);
});

test('the longest title and message still fit one page, with the QR and the hotline', async ({ page, context, baseURL }) => {
  await fillPoster(page, 'x'.repeat(24));
  // Vietnamese on purpose: its stacked accents make the tallest lines the poster has to fit.
  const words = 'Người dân mang theo thẻ căn cước gắn chíp và điện thoại đứng tên mình để được hướng dẫn kích hoạt ';
  await field(page, 'title').fill(words.repeat(2)); // cut to the maximum by the field
  await field(page, 'message').fill(words.repeat(5));
  for (const format of ['a4', 'a6'] as const) {
    await page.emulateMedia({ media: null }); // back to the screen to use the form; page.pdf() prints
    await formatRadio(page, format).check();
    expect(pdfPageCount(await page.pdf({ preferCSSPageSize: true, printBackground: true }))).toBe(1);
    await page.emulateMedia({ media: 'print' });
    const unit = page.locator('#poster-print-root .poster-unit').first();
    const unitBox = (await unit.boundingBox())!;
    const hotlineBox = (await unit.locator('.poster-hotline').boundingBox())!;
    expect(hotlineBox.y + hotlineBox.height).toBeLessThanOrEqual(unitBox.y + unitBox.height);
    expect(await decodeQrPng(context, await unit.locator('svg[role="img"]').screenshot())).toBe(
      `${baseURL}/kiem-tra?src=${'x'.repeat(24)}`,
    );
  }
});

test('A6 cards: four on one page, each with the QR', async ({ page, context, baseURL }) => {
  await fillPoster(page, 'to-3');
  await formatRadio(page, 'a6').check();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdfPageCount(pdf)).toBe(1);
  await page.emulateMedia({ media: 'print' });
  const qrs = page.locator('#poster-print-root svg[role="img"]');
  await expect(qrs).toHaveCount(4);
  expect(await decodeQrPng(context, await qrs.nth(3).screenshot())).toBe(`${baseURL}/kiem-tra?src=to-3`);
});

test('a hostile source tag is refused, never echoed, and left out of the QR', async ({ page, context, baseURL }) => {
  const hostile = '"><img src=x onerror=alert(1)>';
  await fillPoster(page, hostile);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(field(page, 'src')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('.poster-preview-frame')).not.toContainText('onerror');
  const qr = page.locator('.poster-preview-frame svg[role="img"]');
  await page.setViewportSize({ width: 1280, height: 1400 });
  expect(await decodeQrPng(context, await qr.screenshot())).toBe(`${baseURL}/kiem-tra`);
  // Too long: 25 characters.
  await field(page, 'src').fill('a'.repeat(25));
  await expect(page.getByRole('alert')).toBeVisible();
});

test('the QR downloads as SVG and PNG, both opening the link', async ({ page, context, baseURL }) => {
  await fillPoster(page, 'nvh-5');
  const want = `${baseURL}/kiem-tra?src=nvh-5`;
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), action(page, 'download-svg').click()]);
  expect(svgDownload.suggestedFilename()).toBe('qr-kiem-tra-nvh-5.svg');
  const svg = readFileSync((await svgDownload.path())!, 'utf8');
  expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" viewBox="0 0 \d+ \d+"/);
  expect(svg).toContain(`<title>${want.replace(/&/g, '&amp;')}</title>`);
  // The SVG drawn by Chromium decodes too.
  const svgPage = await context.newPage();
  await svgPage.setContent(
    `<body style="margin:0;background:#fff">${svg.replace('<svg ', '<svg id="q" width="400" height="400" ')}</body>`,
  );
  expect(await decodeQrPng(context, await svgPage.locator('#q').screenshot())).toBe(want);
  await svgPage.close();

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), action(page, 'download-png').click()]);
  expect(pngDownload.suggestedFilename()).toBe('qr-kiem-tra-nvh-5.png');
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(await decodeQrPng(context, png)).toBe(want);
});

test('a tutorial step or a typed path can be the target', async ({ page, baseURL }) => {
  await page.goto('/ap-phich');
  await targetRadio(page, 'path').check();
  // Only the parameters a shared link may carry reach the QR: the typed place name (q) is dropped.
  await field(page, 'path').fill('/diem?dv=level2&q=Bến Thành');
  await expect(qrLink(page)).toHaveAttribute('data-qr-link', `${baseURL}/diem?dv=level2`);
  await targetRadio(page, 'guideStep').check();
  const tutorial = page.getByRole('combobox').and(field(page, 'tutorial'));
  await tutorial.selectOption('activate');
  const step = page.getByRole('combobox').and(field(page, 'step'));
  await expect(step.locator('option')).not.toHaveCount(1);
  const firstStep = await step.locator('option').nth(1).getAttribute('value');
  await step.selectOption(firstStep!);
  await expect(qrLink(page)).toHaveAttribute('data-qr-link', `${baseURL}/huong-dan/activate/${firstStep}`);
});
