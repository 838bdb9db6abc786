import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { startServer, type RunningServer } from './support/server';

// Anonymous counts end to end: the app used offline, reconnected, the counts delivered exactly
// once, and an organizer reading them on the dashboard (which refuses everyone else) and as CSV.

const ORGANIZER = { name: 'doi06-e2e', password: 'mật khẩu thử nghiệm e2e' };
const SCREENS = 'Lượt mở màn hình';

/** Counts waiting on the device (open counters + sealed batches), read from IndexedDB. */
function pendingOnDevice(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('vneid-counts');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('counters')) return resolve(0);
          const tx = db.transaction(['counters', 'outbox']);
          const counters = tx.objectStore('counters').getAll();
          const outbox = tx.objectStore('outbox').getAll();
          tx.oncomplete = () => {
            let n = 0;
            for (const c of counters.result as { row: { n: number } }[]) n += c.row.n;
            for (const b of outbox.result as { counters: { n: number }[] }[]) for (const c of b.counters) n += c.n;
            db.close();
            resolve(n);
          };
        };
      }),
  );
}

/** The "screens opened" figure of the dashboard table's row for a source tag (0 when absent). */
async function screensFor(dashboard: Page, source: string): Promise<number> {
  await dashboard.getByRole('button', { name: 'Xem' }).click();
  const table = dashboard.getByRole('region', { name: 'Theo địa bàn, kênh và mã nguồn' });
  await expect(table.or(dashboard.getByText('Chưa có số liệu cho bộ lọc này.'))).toBeVisible();
  if (!(await table.isVisible())) return 0;
  const headers = await table.locator('thead th').allTextContents();
  const row = table.locator('tbody tr', { has: dashboard.getByRole('cell', { name: source, exact: true }) });
  if ((await row.count()) === 0) return 0;
  const cells = await row.locator('th, td').allTextContents();
  return Number(cells[headers.indexOf(SCREENS)]!.replace(/\D/g, ''));
}

let server: RunningServer;
test.beforeEach(async () => {
  server = await startServer({ env: { ORGANIZER_NAME: ORGANIZER.name, ORGANIZER_PASSWORD: ORGANIZER.password } });
});
test.afterEach(async () => server.stop());

test('the dashboard refuses access without login', async ({ page }) => {
  await page.goto(server.url + '/dashboard');
  await expect(page).toHaveURL(/\/dashboard\.html$/);
  await expect(page.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  await expectNoAxeViolations(page);
  for (const path of ['/api/dashboard/summary', '/api/dashboard/places', '/api/dashboard/export.csv'])
    expect((await page.request.get(server.url + path)).status(), path).toBe(401);
  await page.getByLabel('Tên tài khoản').fill(ORGANIZER.name);
  await page.getByLabel('Mật khẩu').fill('not the password');
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('alert')).toHaveText('Sai tên hoặc mật khẩu.');
});

test('counts made offline reach the dashboard exactly once after reconnecting, and export as CSV', async ({ page, context }) => {
  // A citizen opens a poster's link; the service worker installs; the first counts go out.
  await page.goto(server.url + '/?src=poster-e2e');
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  await expect.poll(() => pendingOnDevice(page), { timeout: 20_000 }).toBe(0);

  // The organizer logs in and notes the poster's figure so far.
  const dashboard = await context.newPage();
  await dashboard.goto(server.url + '/dashboard');
  await dashboard.getByLabel('Tên tài khoản').fill(ORGANIZER.name);
  await dashboard.getByLabel('Mật khẩu').fill(ORGANIZER.password);
  await dashboard.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(dashboard.getByRole('heading', { level: 1, name: 'Thống kê ẩn danh' })).toBeVisible();
  const before = await screensFor(dashboard, 'poster-e2e');
  expect(before).toBeGreaterThan(0);

  // Offline: the citizen keeps using the app; counts wait on the phone.
  await context.setOffline(true);
  await page.getByRole('link', { name: 'Giới thiệu và nguồn thông tin' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giới thiệu và nguồn thông tin');
  await page.goto(server.url + '/cai-dat'); // a new page load, served by the service worker
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cài đặt hiển thị');
  await page.goto(server.url + '/gioi-thieu');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Giới thiệu và nguồn thông tin');
  await page.waitForTimeout(3000);
  console.log(await page.evaluate(() => new Promise((resolve) => { const o = indexedDB.open('vneid-counts'); o.onsuccess = () => { const tx = o.result.transaction(['counters','outbox']); const a = tx.objectStore('counters').getAll(); const b = tx.objectStore('outbox').getAll(); tx.oncomplete = () => resolve(JSON.stringify([a.result, b.result])); }; })));
  console.log(await page.evaluate(() => localStorage.getItem('vneid-guide:counts-left')));
  await expect.poll(() => pendingOnDevice(page)).toBeGreaterThanOrEqual(3);
  const made = await pendingOnDevice(page);

  // Back online: everything is delivered, and the phone keeps nothing.
  await context.setOffline(false);
  await expect.poll(() => pendingOnDevice(page), { timeout: 30_000 }).toBe(0);
  await expect.poll(() => screensFor(dashboard, 'poster-e2e'), { timeout: 10_000 }).toBe(before + made);
  await expectNoAxeViolations(dashboard);

  // The daily-report CSV holds the same figure.
  const [download] = await Promise.all([
    dashboard.waitForEvent('download'),
    dashboard.getByRole('link', { name: 'CSV cho báo cáo hằng ngày' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^thong-ke-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.csv$/);
  const lines = readFileSync((await download.path())!, 'utf8')
    .replace(/^\uFEFF/, '')
    .trim()
    .split('\r\n');
  const header = lines[0]!.split(',');
  const screensColumn = header.indexOf(SCREENS);
  const total = lines
    .slice(1)
    .map((l) => l.split(','))
    .filter((cells) => cells[3] === 'poster-e2e')
    .reduce((s, cells) => s + Number(cells[screensColumn]), 0);
  expect(total).toBe(before + made);

  // Logged out, the data is closed again.
  await dashboard.getByRole('button', { name: 'Đăng xuất' }).click();
  await expect(dashboard.getByRole('button', { name: 'Đăng nhập' })).toBeVisible();
  expect((await dashboard.request.get(server.url + '/api/dashboard/summary')).status()).toBe(401);
});
