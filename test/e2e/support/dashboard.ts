import { expect, type Page } from '@playwright/test';

/** The dashboard table's column of screens opened. */
export const SCREENS = 'Lượt mở màn hình';

/** The "screens opened" figure of the dashboard table's row for a source tag (0 when absent). */
export async function screensFor(dashboard: Page, source: string): Promise<number> {
  // The counts section by its address: an admin of a deployment whose unit is not set yet is
  // otherwise taken to the "Đơn vị" section first.
  if (new URL(dashboard.url()).hash !== '#thong-ke') {
    await dashboard.evaluate(() => {
      location.hash = '#thong-ke';
    });
    await expect(dashboard.locator('a[href="#thong-ke"][aria-current="page"]')).toBeVisible();
  }
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

/** Logs into the organizers' dashboard at `base` and waits for the logged-in header. */
export async function dashboardLogin(page: Page, base: string, account: { name: string; password: string }): Promise<void> {
  await page.goto(base + '/dashboard');
  await page.getByLabel('Tên tài khoản').fill(account.name);
  await page.getByLabel('Mật khẩu').fill(account.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await expect(page.getByRole('button', { name: 'Đăng xuất' })).toBeVisible();
}
