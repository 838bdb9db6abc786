import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { dashboardLogin } from './support/dashboard';
import { installServiceWorker } from './support/device';
import { startServer, type RunningServer } from './support/server';

// The deployment's identity (issue 12): a fresh install shows citizens no unit at all (no
// placeholder); the admin is asked for it first in the dashboard; once saved, the footer (online
// and offline) and a printed poster name the unit.

const ADMIN = { name: 'admin-e2e', password: 'mật khẩu quản trị e2e' };
const UNIT = 'Công an phường Chợ Quán';
const HOTLINE = '028 3855 1234';

let server: RunningServer;
test.beforeEach(async () => {
  server = await startServer({ env: { ORGANIZER_NAME: ADMIN.name, ORGANIZER_PASSWORD: ADMIN.password } });
});
test.afterEach(async () => server.stop());

test('the unit set in the dashboard appears in the footer, offline too, and on a printed poster', async ({ page, browser }) => {
  test.slow(); // two contexts, a service worker, a print pass
  // A citizen before anything is set: the server answers "none", and no unit or placeholder shows.
  const citizen = await browser.newContext();
  const phone = await citizen.newPage();
  const none = phone.waitForResponse((r) => r.url().endsWith('/api/identity'));
  await phone.goto(server.url + '/');
  expect(await (await none).json()).toEqual({ identity: null });
  await expect(phone.locator('footer')).toBeVisible();
  await expect(phone.locator('[data-unit-name]')).toHaveCount(0);
  // The words of the placeholder this replaced (issue 12): it has no element of its own to look for.
  await expect(phone.locator('body')).not.toContainText('bản mẫu');
  await installServiceWorker(phone);

  // The admin is asked for the unit first, and told in plain words what is wrong.
  await dashboardLogin(page, server.url, ADMIN);
  await expect(page.locator('[data-identity-unset]')).toBeVisible();
  const form = page.locator('[data-form="identity"]');
  await expect(form).toBeVisible();
  await form.locator('input[name="unit"]').fill('CA');
  await form.locator('button[type="submit"]').click();
  await expect(form.locator('[data-problem="unit"]')).toBeVisible();
  await expect(form.locator('[data-problem="area"]')).toBeVisible();
  await form.locator('input[name="unit"]').fill(UNIT);
  await form.locator('input[name="area"]').fill('Phường Chợ Quán, TP. Hồ Chí Minh');
  await form.locator('input[name="hotlines.0.number"]').fill(HOTLINE);
  await form.locator('input[name="hotlines.0.label"]').fill('Trực ban công an phường');
  await form.locator('button[type="submit"]').click();
  await expect(page.locator('[data-saved]')).toBeVisible();
  await expect(page.locator('[data-identity-unset]')).toHaveCount(0);
  await expect(page.locator('[data-identity-history]')).toContainText(ADMIN.name);
  await expectNoAxeViolations(page);

  // The citizen's next visit names the unit and its hotline in the footer...
  await phone.reload();
  await expect(phone.locator('footer [data-unit-name]')).toContainText(UNIT);
  await expect(phone.locator('footer [data-local-hotline]')).toHaveText(HOTLINE);
  // ...and keeps them offline.
  await citizen.setOffline(true);
  await phone.reload();
  await expect(phone.locator('footer [data-unit-name]')).toContainText(UNIT);
  await citizen.setOffline(false);
  await citizen.close();

  // A printed poster carries the unit's name and the local hotline.
  await page.goto(server.url + '/ap-phich');
  await page.locator('input[type="radio"][name="poster-target"][value="checker"]').check();
  await expect(page.locator('button[data-action="print-poster"]')).toBeEnabled();
  await page.emulateMedia({ media: 'print' });
  const sheet = page.locator('#poster-print-root .poster-sheet');
  await expect(sheet).toBeVisible();
  await expect(sheet.locator('[data-unit-name]').first()).toHaveText(UNIT);
  await expect(sheet).toContainText(HOTLINE);
});
