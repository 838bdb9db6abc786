import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { addSession, dashboardOnItsOwn, publishDraft } from './support/dashboard';
import { installServiceWorker } from './support/device';
import { freePort, startServer, type RunningServer } from './support/server';

// Issue 12: an organizer publishes a mobile session from the dashboard; a phone that visited
// before shows it, offline too; cancelled shows cancelled; a roll-back replaces the newer
// version; a pack changed on the way is refused and the last good one stays.

const ORGANIZER = { name: 'doi06-cho-lon', password: 'mật khẩu thử đủ dài' };
const VENUE = 'hcm-q5-nvh'; // Phường Chợ Lớn
const NOTE = 'Buổi thử: mang CCCD gắn chip';

/** Tomorrow in Vietnam (UTC+7), as the finder counts days. */
const tomorrow = new Date(Date.now() + 7 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

/** The points section, on Hồ Chí Minh City's draft (the venue's province). */
async function openDashboard(browser: Browser, url: string): Promise<Page> {
  const page = await dashboardOnItsOwn(browser, url, ORGANIZER, '#diem');
  await page.locator('#province').selectOption('ho-chi-minh');
  await expect(page.locator('[data-latest-version]')).toBeVisible();
  return page;
}

/** The phone's view of the venue's page: the session of tomorrow, once loaded. */
async function sessionOnPhone(phone: Page, url: string) {
  await phone.goto(`${url}/diem/${VENUE}`);
  return phone.locator(`li.session[data-session-date="${tomorrow}"]`);
}

test('an organizer publishes a session; a phone shows it online and offline, cancelled, rolled back; a tampered pack is refused', async ({
  browser,
}) => {
  const port = await freePort();
  const env = {
    DATA_DIR: mkdtempSync(join(tmpdir(), 'vneid-publish-')),
    ORGANIZER_NAME: ORGANIZER.name,
    ORGANIZER_PASSWORD: ORGANIZER.password,
  };
  let server: RunningServer = await startServer({ port, env });
  const phone = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
  try {
    // The phone visited before: the app is installed, the province's built data and the pack key are kept.
    await phone.goto(server.url + '/diem');
    await installServiceWorker(phone);
    await expect(await sessionOnPhone(phone, server.url)).toHaveCount(0);
    await expect(phone.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await (await phone.request.get(`${server.url}/diem/${VENUE}`)).text()).not.toContain(`data-session-date="${tomorrow}"`);

    // The organizer adds a mobile session for tomorrow and publishes it.
    const dashboard = await openDashboard(browser, server.url);
    await expect(dashboard.locator('[data-latest-version="0"]')).toBeVisible();
    await addSession(dashboard, { date: tomorrow, from: '07:30', to: '11:00', place: VENUE, note: NOTE });
    await expect(dashboard.locator('[data-change="added"]')).toHaveCount(1);
    await expectNoAxeViolations(dashboard);
    await publishDraft(dashboard, 'Thêm buổi lưu động ngày mai', 1);

    // A phone that never visited gets the venue's page with the session in its HTML at once:
    // the server renders a point's page with what is published now (point-pages/, issue 16).
    const html = await (await phone.request.get(`${server.url}/diem/${VENUE}`)).text();
    expect(html).toContain(`data-session-date="${tomorrow}"`);
    expect(html).toContain(NOTE);

    // The phone opens the finder: the session is there, with the publication's date.
    const session = await sessionOnPhone(phone, server.url);
    await expect(session).toHaveCount(1);
    await expect(session).toContainText(NOTE);
    await phone.goto(server.url + '/diem?q=' + encodeURIComponent('Phường Chợ Lớn'));
    await expect(phone.locator('[data-published-at]')).toBeVisible();

    // Offline: still there.
    await server.stop();
    await expect(await sessionOnPhone(phone, server.url)).toContainText(NOTE);
    server = await startServer({ port, env });

    // Cancelled: the phone says so, instead of dropping it.
    await dashboard.reload();
    await dashboard.locator('#province').selectOption('ho-chi-minh');
    const item = dashboard
      .locator('li[data-entry-id]', { has: dashboard.locator('[data-action="cancel-session"]') })
      .filter({ hasText: tomorrow });
    await item.locator('[data-action="cancel-session"]').click();
    await expect(dashboard.locator('li[data-cancelled="yes"]').filter({ hasText: tomorrow })).toBeVisible();
    await publishDraft(dashboard, 'Hủy buổi ngày mai', 2);
    await expect(await sessionOnPhone(phone, server.url)).toHaveAttribute('data-cancelled', 'yes');

    // Roll back to version 1 in one step: the phone gets the session back, not cancelled.
    await dashboard.locator('li[data-version="1"] [data-action="rollback"]').click();
    await expect(dashboard.locator('[data-latest-version="3"]')).toBeVisible();
    const back = await sessionOnPhone(phone, server.url);
    await expect(back).toContainText(NOTE);
    await expect(back).not.toHaveAttribute('data-cancelled', 'yes');

    // A pack changed on the way (a proxy rewrites the note): refused, the last good one stays.
    let served = false;
    await phone.route('**/api/points/ho-chi-minh/pack', async (route) => {
      const res = await route.fetch();
      const body = (await res.json()) as { pack: string };
      served = true;
      await route.fulfill({ response: res, json: { ...body, pack: body.pack.replace('Buổi thử', 'Chuyển khoản trước') } });
    });
    const kept = await sessionOnPhone(phone, server.url);
    await expect.poll(() => served).toBe(true);
    await expect(kept).toContainText(NOTE);
    await expect(phone.getByText('Chuyển khoản trước')).toHaveCount(0);
  } finally {
    await server.stop();
  }
});
