import { expect, type Page } from '@playwright/test';

/** The dashboard table's column of screens opened. */
export const SCREENS = 'Lượt mở màn hình';

/** The "screens opened" figure of the dashboard table's row for a source tag (0 when absent). */
export async function screensFor(dashboard: Page, source: string): Promise<number> {
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
