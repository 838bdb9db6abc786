import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { dashboardLogin } from './support/dashboard';
import { startServer, type RunningServer } from './support/server';

// Organizer accounts with a scope: the admin creates a commune account in the dashboard; that
// account sees only its commune, on the page and from the API (the server checks, not the page).

const ADMIN = { name: 'admin-e2e', password: 'mật khẩu quản trị e2e' };
const COMMUNE = { name: 'xa-26734', password: 'mật khẩu xã 26734 e2e', scope: '79-26734' };

let server: RunningServer;
test.beforeEach(async () => {
  server = await startServer({ env: { ORGANIZER_NAME: ADMIN.name, ORGANIZER_PASSWORD: ADMIN.password } });
});
test.afterEach(async () => server.stop());

test('an admin creates a commune account; it reads only its commune', async ({ page, browser }) => {
  test.slow(); // two browser contexts, two logins and an axe pass: over 45 s on a loaded machine
  await dashboardLogin(page, server.url, ADMIN);
  await expect(page.locator('[data-scope="*"]')).toBeVisible();
  await page.getByRole('navigation').getByRole('link', { name: 'Tài khoản' }).click();
  const form = page.locator('[data-form="add-account"]');
  await form.getByLabel('Tên tài khoản').fill(COMMUNE.name);
  await form.getByLabel('Mật khẩu').fill(COMMUNE.password);
  await form.getByLabel('Phạm vi').fill('Q5'); // not a locality code: the page says so, nothing sent
  await form.getByRole('button').click();
  await expect(page.locator('#account-scope-error')).toBeVisible();
  await form.getByLabel('Phạm vi').fill(COMMUNE.scope);
  await form.getByRole('button').click();
  await expect(page.locator(`[data-account="${COMMUNE.name}"][data-scope="${COMMUNE.scope}"]`)).toBeVisible();
  await expectNoAxeViolations(page);

  const context = await browser.newContext();
  const commune = await context.newPage();
  await dashboardLogin(commune, server.url, COMMUNE);
  await expect(commune.locator(`[data-scope="${COMMUNE.scope}"]`)).toBeVisible();
  await expect(commune.getByRole('link', { name: 'Tài khoản' })).toHaveCount(0);
  await expect(commune.getByLabel(/Địa bàn/)).toHaveValue(COMMUNE.scope);
  // The API refuses what the page does not offer.
  expect((await commune.request.get(server.url + '/api/dashboard/summary?locality=79')).status()).toBe(403);
  expect((await commune.request.get(server.url + '/api/dashboard/places?locality=01-00004')).status()).toBe(403);
  expect((await commune.request.get(server.url + '/api/dashboard/organizers')).status()).toBe(403);
  expect((await commune.request.get(server.url + '/api/dashboard/summary')).status()).toBe(200);

  // The admin removes it: the commune's session ends at once.
  page.once('dialog', (d) => void d.accept());
  await page.locator(`[data-account="${COMMUNE.name}"] [data-action="remove"]`).click();
  await expect(page.locator(`[data-account="${COMMUNE.name}"]`)).toHaveCount(0);
  expect((await commune.request.get(server.url + '/api/dashboard/summary')).status()).toBe(401);
  await context.close();
});
