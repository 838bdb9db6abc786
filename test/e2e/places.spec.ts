import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { startServer } from './support/server';

// The shipped sample data has mobile sessions in December 2026 and January 2027: pin the clock to
// Monday 7 December 2026, 09:00 in Hồ Chí Minh City (offices open, before the lunch break).
const MONDAY_9AM = new Date('2026-12-07T09:00:00+07:00');
// Just beside Công an phường Chợ Lớn (old Quận 5) in the sample data.
const NEAR_CHO_LON = { latitude: 10.7527, longitude: 106.6587 };

async function pinClock(page: Page, at = MONDAY_9AM) {
  await page.clock.setFixedTime(at);
}

function results(page: Page) {
  return page.getByRole('list').filter({ has: page.getByRole('heading', { level: 3 }) });
}

test.describe('with the device location allowed', () => {
  test.use({ geolocation: NEAR_CHO_LON, permissions: ['geolocation'] });

  test('lists the nearest point first, open now, marked not verified, and keeps the position out of the URL', async ({ page }) => {
    await pinClock(page);
    await page.goto('/diem');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tìm điểm đăng ký gần bạn');
    await page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Điểm gần bạn nhất' })).toBeVisible();
    const first = results(page).getByRole('listitem').first();
    await expect(first.getByRole('heading', { level: 3 })).toHaveText('Công an phường Chợ Lớn');
    await expect(first).toContainText('Đang mở cửa, đến 11:30');
    await expect(first).toContainText('Chưa xác minh: hãy gọi trước khi đến');
    expect(page.url()).not.toContain('10.75');
    expect(page.url()).not.toContain('106.6');
    await expectNoAxeViolations(page);
  });

  test("the checker's level-2 link leaves out guidance points", async ({ page }) => {
    await pinClock(page);
    await page.goto('/diem?dv=level2');
    await expect(page.getByRole('radio', { name: 'Đăng ký tài khoản mức 2' })).toBeChecked();
    await page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
    const items = results(page).getByRole('listitem');
    await expect(items.first()).toBeVisible();
    await expect(items.filter({ hasText: 'Điểm hướng dẫn' })).toHaveCount(0);
    // Widening the filter keeps the place and brings the guidance point back.
    // The screen is redrawn for the new URL: click, then look again (check() would watch the old radio).
    await page.getByRole('radio', { name: 'Tất cả' }).click();
    await expect(page.getByRole('radio', { name: 'Tất cả' })).toBeChecked();
    await expect(page.getByRole('radio', { name: 'Tất cả' })).toBeFocused();
    await expect(items.filter({ hasText: 'Điểm hướng dẫn VNeID tại nhà văn hóa khu phố (mẫu)' })).toHaveCount(1);
  });
  test('the device location replaces a typed place, also after a filter change', async ({ page }) => {
    await pinClock(page);
    await page.goto('/diem?q=bim%20son');
    await expect(page.getByRole('heading', { level: 2, name: 'Điểm gần Phường Bỉm Sơn nhất' })).toBeVisible();
    await page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Điểm gần bạn nhất' })).toBeVisible();
    await expect(page).toHaveURL(/\/diem$/);
    await page.getByRole('radio', { name: 'Làm thẻ căn cước' }).click();
    await expect(page).toHaveURL(/\/diem\?dv=card$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Điểm gần bạn nhất' })).toBeVisible();
    await expect(results(page).getByRole('listitem').first().getByRole('heading', { level: 3 })).toHaveText('Công an phường Chợ Lớn');
  });
});

test.describe('with the device location refused', () => {
  test.use({ permissions: [] });

  test('says so and finds points by a typed place name, without accents', async ({ page }) => {
    await pinClock(page);
    await page.goto('/diem');
    await page.getByRole('button', { name: 'Dùng vị trí của tôi' }).click();
    await expect(page.getByRole('alert')).toContainText('Bạn chưa cho phép trang này dùng vị trí');
    await page.getByRole('searchbox', { name: 'Hoặc gõ tên nơi bạn ở' }).fill('phuong 12');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    // Every old district had a Phường 12: the person picks which one.
    await page.locator('[data-place-choices] button[data-province="ho-chi-minh"]').first().click();
    await expect(page.getByRole('heading', { level: 2, name: 'Điểm gần Phường 12, Quận 5 nhất' })).toBeVisible();
    await expect(results(page).getByRole('heading', { level: 3, name: 'Công an phường Chợ Lớn' })).toBeVisible();
    await expect(page).toHaveURL(/\/diem\?q=phuong\+12$/);
    await expectNoAxeViolations(page);

    await page.getByRole('searchbox', { name: 'Hoặc gõ tên nơi bạn ở' }).fill('bim son');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Điểm gần Phường Bỉm Sơn nhất' })).toBeVisible();
    await expect(results(page).getByRole('listitem').first().getByRole('heading', { level: 3 })).toHaveText('Công an phường Bỉm Sơn');
  });

  test('offers a choice when a name is ambiguous', async ({ page }) => {
    await pinClock(page);
    await page.goto('/diem?q=quan');
    await expect(page.getByText('Chọn nơi bạn ở:')).toBeVisible();
    await page.getByRole('button', { name: /^Quận 12 · TP\. Hồ Chí Minh/ }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Điểm gần Quận 12 nhất' })).toBeVisible();
  });
});

test('a point screen calls, gives directions at its coordinates and makes a calendar file on the device', async ({ page }) => {
  await pinClock(page, new Date('2026-12-01T10:00:00+07:00'));
  await page.goto('/diem/hcm-q5-chung-cu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sảnh chung cư: điểm tổ lưu động (mẫu)');
  await expect(page.getByText('Chưa xác minh: hãy gọi trước khi đến')).toBeVisible();
  // No phone is published for sample points: the national hotline instead.
  const screen = page.getByRole('article');
  await expect(screen.getByRole('link', { name: 'Gọi tổng đài 1900 0368' })).toHaveAttribute('href', 'tel:19000368');
  await expect(screen.getByRole('link', { name: 'Chỉ đường (mở ứng dụng bản đồ)' })).toHaveAttribute('href', /10\.757000,106\.670500/);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Thêm ngày 05/12 vào lịch' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('hcm-q5-cc-2026-12-2026-12-05.ics');
  const ics = readFileSync((await download.path()) ?? '', 'utf8').replace(/\r\n /g, '');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain('DTSTART:20261205T003000Z'); // 07:30 in Vietnam
  expect(ics).toContain('DTEND:20261205T040000Z');
  expect(ics).toContain('DTSTART:20261205T063000Z'); // the afternoon, a second event
  expect(ics).toContain('SUMMARY:Tổ lưu động đăng ký định danh điện tử: Sảnh chung cư: điểm tổ lưu động (mẫu)');
  expect(ics).toContain('GEO:10.757000;106.670500');
  expect(ics).toContain('Chưa xác minh: hãy gọi trước khi đến');
  expect(ics).not.toMatch(/ORGANIZER|ATTENDEE/);
});

test('once a province has been opened, its points work offline', async ({ page }) => {
  const server = await startServer({ distDir: process.env.DIST_DIR });
  try {
    await pinClock(page);
    await page.goto(server.url + '/diem');
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
    await page.goto(server.url + '/diem?q=quan%205');
    await expect(results(page).getByRole('listitem').first()).toBeVisible();
  } finally {
    await server.stop();
  }
  await page.goto(server.url + '/diem?q=quan%2012');
  await expect(page.getByRole('heading', { level: 2, name: 'Điểm gần Quận 12 nhất' })).toBeVisible();
  await expect(results(page).getByRole('heading', { level: 3, name: 'Công an phường Tân Thới Hiệp' })).toBeVisible();
  // A province never opened cannot be shown offline, and the screen says why.
  await page.goto(server.url + '/diem?q=bim%20son');
  await expect(page.getByRole('alert')).toContainText('Chưa tải được dữ liệu của Thanh Hóa vì đang không có mạng');
});
