import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { decodeQrPng } from './support/qr';

// The poster maker: the form, the print output (one A4 page as PDF, only the poster, a QR that
// decodes to the intended link), the A6 cards, the downloads, hostile source tags, accessibility.

async function fillPoster(page: Page, tag: string) {
  await page.goto('/ap-phich');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Làm áp phích và thẻ có mã QR');
  await page.getByRole('radio', { name: 'Kiểm tra: tôi cần làm gì?' }).check();
  await page.getByRole('textbox', { name: 'Mã nơi dán áp phích (không bắt buộc)' }).fill(tag);
  await page.getByRole('textbox', { name: 'Tiêu đề' }).fill('Kích hoạt tài khoản định danh điện tử mức 2 tại nhà văn hóa');
  await expect(page.getByRole('button', { name: 'In áp phích' })).toBeEnabled();
}

/** Pages in a Chromium PDF: one `/Type /Page` dictionary each (the tree's root is `/Type /Pages`). */
function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test('axe finds nothing on the poster screen, at phone width too', async ({ page }) => {
  await page.goto('/ap-phich');
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.getByRole('radio', { name: 'Trang khác (nhập đường link)' }).check();
  await page.getByRole('textbox', { name: /Đường link trong trang/ }).fill('/khong-co-trang-nay');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoAxeViolations(page);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

test('an A4 poster prints as one clean page whose QR opens the intended link', async ({ page, context, baseURL }) => {
  await fillPoster(page, 'Chung-Cu-A');
  const want = `${baseURL}/kiem-tra?src=chung-cu-a`;
  await expect(page.getByText(`Mã QR mở: ${want}`)).toBeVisible();

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
  await expect(sheet).toContainText('Kích hoạt tài khoản định danh điện tử mức 2 tại nhà văn hóa');
  await expect(sheet).toContainText('Quét mã bằng camera điện thoại');
  expect(await decodeQrPng(context, await page.screenshot({ fullPage: true }))).toBe(want);
});

test('the longest title and message still fit one page, with the QR and the hotline', async ({ page, context, baseURL }) => {
  await fillPoster(page, 'x'.repeat(24));
  const words = 'Người dân mang theo thẻ căn cước gắn chíp và điện thoại đứng tên mình để được hướng dẫn kích hoạt ';
  await page.getByRole('textbox', { name: 'Tiêu đề' }).fill(words.repeat(2)); // cut to the maximum by the field
  await page.getByRole('textbox', { name: 'Lời nhắn' }).fill(words.repeat(5));
  for (const format of [/Áp phích A4/, /Thẻ A6/]) {
    await page.emulateMedia({ media: null }); // back to the screen to use the form; page.pdf() prints
    await page.getByRole('radio', { name: format }).check();
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
  await page.getByRole('radio', { name: /Thẻ A6/ }).check();
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
  await expect(page.getByRole('textbox', { name: 'Mã nơi dán áp phích (không bắt buộc)' })).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('img')).toHaveCount(0);
  await expect(page.locator('.poster-preview-frame')).not.toContainText('onerror');
  const qr = page.locator('.poster-preview-frame svg[role="img"]');
  await page.setViewportSize({ width: 1280, height: 1400 });
  expect(await decodeQrPng(context, await qr.screenshot())).toBe(`${baseURL}/kiem-tra`);
  // Too long: 25 characters.
  await page.getByRole('textbox', { name: 'Mã nơi dán áp phích (không bắt buộc)' }).fill('a'.repeat(25));
  await expect(page.getByRole('alert')).toBeVisible();
});

test('the QR downloads as SVG and PNG, both opening the link', async ({ page, context, baseURL }) => {
  await fillPoster(page, 'nvh-5');
  const want = `${baseURL}/kiem-tra?src=nvh-5`;
  const [svgDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /SVG/ }).click()]);
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

  const [pngDownload] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /PNG/ }).click()]);
  expect(pngDownload.suggestedFilename()).toBe('qr-kiem-tra-nvh-5.png');
  const png = readFileSync((await pngDownload.path())!);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  expect(await decodeQrPng(context, png)).toBe(want);
});

test('a tutorial step or a typed path can be the target', async ({ page, baseURL }) => {
  await page.goto('/ap-phich');
  await page.getByRole('radio', { name: 'Trang khác (nhập đường link)' }).check();
  await page.getByRole('textbox', { name: /Đường link trong trang/ }).fill('/diem?dv=level2&q=Bến Thành');
  await expect(page.getByText(`Mã QR mở: ${baseURL}/diem?dv=level2`)).toBeVisible();
  await page.getByRole('radio', { name: 'Một bước trong bài hướng dẫn' }).check();
  const tutorial = page.getByRole('combobox', { name: 'Bài hướng dẫn' });
  await tutorial.selectOption('activate');
  const step = page.getByRole('combobox', { name: 'Bước' });
  await expect(step.locator('option')).not.toHaveCount(1);
  const firstStep = await step.locator('option').nth(1).getAttribute('value');
  await step.selectOption(firstStep!);
  await expect(page.getByText(`Mã QR mở: ${baseURL}/huong-dan/activate/${firstStep}`)).toBeVisible();
});
