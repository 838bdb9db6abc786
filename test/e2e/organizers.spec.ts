import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { dashboardLogin, openSection } from './support/dashboard';
import { startServer, type RunningServer } from './support/server';

// Organizer accounts with a scope: the admin creates a commune account in the dashboard; that
// account sees only its commune, on the page and from the API (the server checks, not the page).

const ADMIN = { name: 'admin-e2e', password: 'mật khẩu quản trị e2e' };
const COMMUNE = { name: 'xa-27301', password: 'mật khẩu xã 27301 e2e', scope: '79-27301' };

let server: RunningServer;
test.beforeEach(async () => {
  server = await startServer({ env: { ORGANIZER_NAME: ADMIN.name, ORGANIZER_PASSWORD: ADMIN.password } });
});
test.afterEach(async () => server.stop());

test('an admin creates a commune account; it reads only its commune', async ({ page, browser }) => {
  test.slow(); // two browser contexts, two logins and an axe pass: over 45 s on a loaded machine
  await dashboardLogin(page, server.url, ADMIN);
  await expect(page.locator('[data-scope="*"]')).toBeVisible();
  await openSection(page, '#tai-khoan');
  const form = page.locator('[data-form="add-account"]');
  await form.locator('input[name="name"]').fill(COMMUNE.name);
  await form.locator('input[name="password"]').fill(COMMUNE.password);
  await form.locator('input[name="scope"]').fill('Q5'); // not a locality code: the page says so, nothing sent
  await form.locator('button[type="submit"]').click();
  await expect(page.locator('#account-scope-error')).toBeVisible();
  await form.locator('input[name="scope"]').fill(COMMUNE.scope);
  await form.locator('button[type="submit"]').click();
  await expect(page.locator(`[data-account="${COMMUNE.name}"][data-scope="${COMMUNE.scope}"]`)).toBeVisible();
  await expectNoAxeViolations(page);

  const context = await browser.newContext();
  const commune = await context.newPage();
  await dashboardLogin(commune, server.url, COMMUNE);
  await expect(commune.locator(`[data-scope="${COMMUNE.scope}"]`)).toBeVisible();
  await expect(commune.getByRole('navigation').locator('a[href="#bao-cao"]')).toBeVisible();
  await expect(commune.getByRole('navigation').locator('a[href="#tai-khoan"]')).toHaveCount(0);
  // The place picker is fixed on its commune (it cannot choose another).
  await expect(commune.locator('#place-commune')).toHaveValue(COMMUNE.scope);
  await expect(commune.locator('#place-commune')).toBeDisabled();
  // The API refuses what the page does not offer.
  expect((await commune.request.get(server.url + '/api/dashboard/summary?locality=79')).status()).toBe(403);
  expect((await commune.request.get(server.url + '/api/dashboard/places?locality=79-27316')).status()).toBe(403);
  expect((await commune.request.get(server.url + '/api/dashboard/organizers')).status()).toBe(403);
  expect((await commune.request.get(server.url + '/api/dashboard/summary')).status()).toBe(200);

  // The admin removes it: the commune's session ends at once.
  page.once('dialog', (d) => void d.accept());
  await page.locator(`[data-account="${COMMUNE.name}"] [data-action="remove"]`).click();
  await expect(page.locator(`[data-account="${COMMUNE.name}"]`)).toHaveCount(0);
  expect((await commune.request.get(server.url + '/api/dashboard/summary')).status()).toBe(401);
  await context.close();
});

const PROVINCE = { name: 'tinh-thanh-hoa', password: 'mật khẩu tỉnh 38 e2e', scope: '38' };
const HCM_COMMUNE = '79-27316'; // outside the province account's scope
const THANH_HOA_COMMUNE = '38-14818'; // inside it

const localDay = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

test('an organizer of another province gets 403 for a commune outside their scope and does not see it on the page', async ({
  page,
  browser,
}) => {
  test.slow(); // two contexts, two logins, two dashboard sections
  await dashboardLogin(page, server.url, ADMIN);
  const made = await page.request.post(server.url + '/api/dashboard/organizers', { data: PROVINCE });
  expect(made.status(), await made.text()).toBe(201);

  // Counts today for a commune in Hồ Chí Minh City and one in Thanh Hóa.
  const day = await localDay(page);
  const counter = (locality: string, n: number) => ({
    day,
    version: '0.1.0',
    channel: 'kiosk',
    hour: 9,
    locality,
    source: 'nvh',
    event: 'kiosk_session_start',
    n,
  });
  const sent = await page.request.post(server.url + '/api/counts', {
    data: { batchId: 'e2e-batch-scope-province', counters: [counter(HCM_COMMUNE, 7), counter(THANH_HOA_COMMUNE, 6)] },
  });
  expect(sent.status(), await sent.text()).toBe(200);

  const context = await browser.newContext();
  const province = await context.newPage();
  await dashboardLogin(province, server.url, PROVINCE);
  await expect(province.locator(`[data-scope="${PROVINCE.scope}"]`)).toBeVisible();

  // The server refuses the other province's commune on every data route; its own commune answers.
  const period = `from=${day}&to=${day}`;
  for (const route of ['summary', 'places', 'report', 'export.csv'])
    expect((await province.request.get(`${server.url}/api/dashboard/${route}?${period}&locality=${HCM_COMMUNE}`)).status(), route).toBe(
      403,
    );
  const own = await province.request.get(`${server.url}/api/dashboard/report?${period}&locality=${THANH_HOA_COMMUNE}`);
  expect(own.status()).toBe(200);
  // Without a place, the answer is the province only: the other commune is not in it.
  const whole = (await (await province.request.get(`${server.url}/api/dashboard/report?${period}`)).json()) as {
    scope: string;
    rows: { locality: string }[];
  };
  expect(whole.scope).toBe(PROVINCE.scope);
  expect(whole.rows.map((r) => r.locality)).toEqual([THANH_HOA_COMMUNE]);

  // The statistics page: its own commune's row, never the other's.
  await expect(province.locator(`tr[data-locality="${THANH_HOA_COMMUNE}"]`)).toBeVisible();
  await expect(province.locator(`tr[data-locality="${HCM_COMMUNE}"]`)).toHaveCount(0);
  await expect(province.locator('#place-province option')).toHaveCount(1);
  await expect(province.locator('#place-province option')).toHaveAttribute('value', PROVINCE.scope);

  // The daily report (today, the 17:00 preset): the province's row, not the other commune.
  await openSection(province, '#bao-cao');
  await province.locator('input[type="radio"][name="preset"][value="afternoon"]').check();
  await expect(province.locator(`[data-report-ready="${day}|${day}|${PROVINCE.scope}|shared"]`)).toBeVisible();
  await expect(province.locator(`tr[data-locality="${THANH_HOA_COMMUNE}"]`)).toBeVisible();
  await expect(province.locator(`tr[data-locality="${HCM_COMMUNE}"]`)).toHaveCount(0);
  await expectNoAxeViolations(province);
  await context.close();
});
