import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { startServer } from './support/server';

// Volunteer mode on a phone during door-to-door visits: a team code, tallies recorded with no
// network at all, today's total, and the counts reaching the collector exactly once when the
// phone is back online. The collector is the real server (POST /api/counts) with its own SQLite.

const TEAM = 'to-3-cho-lon';
/** The commune the team picks by name at setup (Phường Chợ Lớn): its tallies carry this code. */
const CHO_LON = '79-27343';

/** What the collector holds for this team's tallies, by outcome. */
function collected(dataDir: string): Record<string, number> {
  const db = new Database(join(dataDir, 'vneid-guide.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare(
        "SELECT param, SUM(n) AS n FROM counts WHERE event = 'volunteer_tally' AND channel = 'volunteer' AND source = ? AND locality = ? GROUP BY param",
      )
      .all(TEAM, CHO_LON) as { param: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.param, r.n]));
  } catch {
    return {}; // no database yet: nothing collected
  } finally {
    db.close();
  }
}

async function installServiceWorker(page: Page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}

async function tally(page: Page, outcome: string, blocker?: string) {
  await page.getByRole('link', { name: 'Ghi kết quả lần đến hộ này' }).click();
  await page.getByRole('radio', { name: outcome }).check();
  if (blocker) await page.getByRole('radio', { name: blocker }).check();
  await page.getByRole('button', { name: 'Ghi lại' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Đã ghi kết quả' })).toBeVisible();
}

test('tallies made offline reach the collector exactly once', async ({ page, context }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vneid-volunteer-'));
  const server = await startServer({ env: { DATA_DIR: dataDir } });
  try {
    await page.goto(server.url + '/tinh-nguyen');
    await installServiceWorker(page);

    await expect(page.getByRole('heading', { level: 1, name: 'Chế độ tình nguyện viên' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel('Mã tổ').fill('0912345678');
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    await expect(page.getByText('không được có dãy 8 chữ số')).toBeVisible(); // a phone number is not a team
    await page.getByLabel('Mã tổ').fill('To 3 Cho Lon');
    // The team's commune by name: province, then commune (the list shows old names beside).
    const place = page.locator('[data-locality-picker="team"]');
    await place.getByRole('combobox').first().selectOption('79');
    await place.getByRole('combobox').nth(1).selectOption(CHO_LON);
    await expect(place.locator('option:checked').nth(1)).toHaveText(/Chợ Lớn.*Phường 11, Quận 5/);
    await page.getByRole('button', { name: 'Bắt đầu' }).click();
    await expect(page.getByText(`Tổ ${TEAM}`)).toBeVisible();
    await expect(page.locator('.volunteer-total')).toHaveText('0 hộ, 0 đã kích hoạt');

    // Door to door, no network.
    await context.setOffline(true);
    await tally(page, 'Đã kích hoạt tài khoản mức 1');
    await tally(page, 'Đã kích hoạt tài khoản mức 1');
    await page.getByRole('link', { name: 'Ghi kết quả lần đến hộ này' }).click();
    await expectNoAxeViolations(page);
    await page.getByRole('radio', { name: 'Chưa đủ điều kiện' }).check();
    await page.getByRole('button', { name: 'Ghi lại' }).click();
    await expect(page.getByRole('alert')).toHaveText('Hãy chọn điều đang vướng.');
    await page.getByRole('radio', { name: 'Chưa có thẻ gắn chip' }).check();
    await page.getByRole('button', { name: 'Ghi lại' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Đã ghi kết quả' })).toBeVisible();
    await tally(page, 'Không có ai ở nhà');
    await expect(page.locator('.volunteer-total')).toHaveText('4 hộ, 2 đã kích hoạt');
    await expectNoAxeViolations(page);

    // A reload offline (the phone's browser was closed): the total is still there.
    await page.reload();
    await expect(page.locator('.volunteer-total')).toHaveText('4 hộ, 2 đã kích hoạt');
    expect(collected(dataDir)).toEqual({});

    // Back online: the tallies arrive, once, even when the collector's first answer is lost on
    // the way back (the phone sends the same batch again; the collector counts its id once).
    let lostAnswers = 0;
    const answers: { duplicate?: boolean }[] = [];
    await context.route('**/api/counts', async (route) => {
      // The collector receives and stores the batch... (a send that fails here is just a failed send)
      const response = await route.fetch().catch(() => null);
      if (!response) return route.abort('connectionreset');
      if (lostAnswers === 0) {
        lostAnswers++;
        return route.abort('connectionreset'); // ...but the phone never hears back, the first time
      }
      answers.push((await response.json()) as { duplicate?: boolean });
      return route.fulfill({ response });
    });
    await context.setOffline(false);
    // The blocker reaches the organizers with the outcome.
    const want = { 'activated-level1': 2, 'not-eligible/no-chip-card': 1, 'nobody-home': 1 };
    await expect.poll(() => collected(dataDir), { timeout: 20_000 }).toEqual(want);
    expect(lostAnswers).toBe(1);
    // More chances to send again (a reload, going offline and online) change nothing.
    await page.reload();
    await context.setOffline(true);
    await context.setOffline(false);
    // The batch whose answer was lost came again, and the collector said it already had it.
    await expect.poll(() => answers.some((a) => a.duplicate === true), { timeout: 15_000 }).toBe(true);
    expect(collected(dataDir)).toEqual(want);
  } finally {
    await server.stop();
  }
});

test('a presentation of the tutorials, one large step at a time, saving nothing', async ({ page }) => {
  await page.goto('/tinh-nguyen');
  await page.getByLabel('Mã tổ').fill('to-3');
  await page.getByRole('button', { name: 'Bắt đầu' }).click();
  await page.getByRole('link', { name: 'Trình chiếu hướng dẫn' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Trình chiếu hướng dẫn' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('.volunteer-list-link').first().click();
  await expect(page.getByText(/^Bước 1\/\d+$/)).toBeVisible();
  await page.getByRole('button', { name: 'Bước tiếp' }).click();
  await expect(page.getByText(/^Bước 2\/\d+$/)).toBeVisible();
  await expectNoAxeViolations(page);
  const progress = await page.evaluate(() => indexedDB.databases().then((dbs) => dbs.map((d) => d.name)));
  expect(progress).not.toContain('vneid-tutorial-progress');
});
