import { expect, test, type Browser, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { startServer, type RunningServer } from './support/server';

// Issue 12: organizers' notices for an area, an admin's days off, and how fresh each entry is,
// from the dashboard to the citizens' home screen and finder, against the real server.

const NAME = 'quan-tri';
const PASSWORD = 'mật khẩu thử đủ dài';
const NOTICE = 'VNeID đang quá tải, hãy thử lại sau 20:00';
const CHO_LON = '/diem?q=' + encodeURIComponent('Phường Chợ Lớn');
const PHAN_RANG = '/diem?q=' + encodeURIComponent('Phường Phan Rang');
/** Today in Vietnam (UTC+7), as the finder counts days. */
const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

let server: RunningServer;
test.beforeAll(async () => {
  server = await startServer({
    env: { DATA_DIR: mkdtempSync(join(tmpdir(), 'vneid-notices-')), ORGANIZER_NAME: NAME, ORGANIZER_PASSWORD: PASSWORD },
  });
});
test.afterAll(async () => server?.stop());

async function dashboard(browser: Browser, section: string): Promise<Page> {
  const page = await (await browser.newContext({ locale: 'vi-VN' })).newPage();
  await page.goto(`${server.url}/dashboard.html#${section}`);
  await page.locator('input[name="name"], #login-name, input[autocomplete="username"]').first().fill(NAME);
  await page.locator('input[type="password"]').fill(PASSWORD);
  await page.locator('form button[type="submit"]').first().click();
  await expect(page.locator(`a[href="#${section}"][aria-current="page"]`)).toBeVisible();
  return page;
}

async function phone(browser: Browser, opts: { at?: Date } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' });
  if (opts.at) await context.clock.install({ time: opts.at });
  return context.newPage();
}

/** The finder's results for a typed place, once listed. */
async function search(page: Page, path: string) {
  await page.goto(server.url + path);
  await expect(page.locator('[data-results] li[data-point-id]').first()).toBeVisible();
}

test('a notice for a province shows on the home screen and in the finder there, not elsewhere, and not after it expired', async ({
  browser,
}) => {
  const admin = await dashboard(browser, 'thong-bao');
  const form = admin.locator('form[data-form="notice"]');
  // Plain Vietnamese problems before anything is posted: too short.
  await form.locator('[name="text"]').fill('ab');
  await form.locator('[data-action="post-notice"]').click();
  await expect(form.locator('[data-problem="text"]')).toBeVisible();
  await form.locator('[name="area"]').selectOption('79');
  await form.locator('[name="text"]').fill(NOTICE);
  await form.locator('[data-action="post-notice"]').click();
  await expect(admin.locator('[data-said="ok"]')).toBeVisible();
  await expect(admin.locator('[data-notice-history] li[data-in-force="yes"]')).toHaveCount(1);
  await expectNoAxeViolations(admin);

  // A phone in Hồ Chí Minh: the finder shows it; then the home screen too (the province is remembered).
  const hcm = await phone(browser);
  await search(hcm, CHO_LON);
  await expect(hcm.locator('[data-notices] [data-notice-area="79"]')).toBeVisible();
  await expectNoAxeViolations(hcm);
  await hcm.addInitScript(() => {
    const w = window as unknown as { shifts: PerformanceObserver; shifted: number };
    w.shifted = 0;
    w.shifts = new PerformanceObserver((l) => l.getEntries().forEach((e) => (w.shifted += (e as unknown as { value: number }).value)));
    w.shifts.observe({ type: 'layout-shift', buffered: true });
  });
  await hcm.goto(server.url + '/');
  await expect(hcm.locator('[data-notices] [data-notice-area="79"]')).toBeVisible();
  // The notice arrives after the first paint: it moves nothing the person sees (layout shift 0).
  const shifted = await hcm.evaluate(
    () =>
      new Promise<number>((done) =>
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            const w = window as unknown as { shifts: PerformanceObserver; shifted: number };
            done(w.shifted + w.shifts.takeRecords().reduce((s, e) => s + (e as unknown as { value: number }).value, 0));
          }),
        ),
      ),
  );
  expect(shifted).toBe(0);
  await expectNoAxeViolations(hcm);
  // Without a network for notices: the verified copy kept on the phone is shown.
  await hcm.route('**/api/notices/**', (route) => route.abort('internetdisconnected'));
  await hcm.reload();
  await expect(hcm.locator('[data-notices] [data-notice-area="79"]')).toBeVisible();
  await hcm.unroute('**/api/notices/**');
  // Its point's page, too.
  await hcm.goto(server.url + '/diem/hcm-cho-lon');
  await expect(hcm.locator('[data-notices] [data-notice-area="79"]')).toBeVisible();

  // A phone in Khánh Hòa: neither in its finder nor on its home screen.
  const kh = await phone(browser);
  await search(kh, PHAN_RANG);
  await expect(kh.locator('h2#results-heading')).toBeVisible();
  await expect(kh.locator('[data-notices]')).toHaveCount(0);
  await kh.goto(server.url + '/');
  await expect(kh.locator('main h1')).toBeVisible();
  await expect(kh.locator('[data-notices]')).toHaveCount(0);

  // Two days later (past its expiry) the same notice is not shown, though the server still has it in its history.
  const later = await phone(browser, { at: new Date(Date.now() + 2 * 86_400_000) });
  await search(later, CHO_LON);
  await expect(later.locator('[data-results] [role="status"]')).toBeVisible();
  await expect(later.locator('[data-notices]')).toHaveCount(0);
});

test('a day off set by the admin shows the points as closed for the holiday', async ({ browser }) => {
  const hcm = await phone(browser);
  await search(hcm, CHO_LON);
  await expect(hcm.locator('li[data-point-id="hcm-cho-lon"] [data-status="day-off"]')).toHaveCount(0);

  const admin = await dashboard(browser, 'ngay-nghi');
  const form = admin.locator('form[data-form="day-off"]');
  await form.locator('[name="date"]').fill(today);
  await form.locator('[name="name"]').fill('Nghỉ lễ thử');
  await form.locator('[name="kind"]').selectOption('holiday');
  await form.locator('[data-action="save-day-off"]').click();
  await expect(admin.locator(`[data-days-off] li[data-day-off="${today}"]`)).toBeVisible();
  await expectNoAxeViolations(admin);

  await search(hcm, CHO_LON);
  await expect(hcm.locator('li[data-point-id="hcm-cho-lon"] [data-status="day-off"]')).toBeVisible();
  await hcm.goto(server.url + '/diem/hcm-cho-lon');
  await expect(hcm.locator('p[data-status="day-off"]')).toBeVisible();
  await expect(hcm.locator(`table.week-hours tr[data-date="${today}"][data-day-off="yes"]`)).toBeVisible();
  await expectNoAxeViolations(hcm);
});

test('an entry not confirmed for 31 days is marked "call first" and listed last; "vẫn đúng" in the re-check list clears it', async ({
  browser,
}) => {
  const admin = await dashboard(browser, 'kiem-tra');
  // Set-up through the dashboard's API: the point was last confirmed 31 days ago, published.
  const P = `${server.url}/api/dashboard/points/ho-chi-minh`;
  const draft = (await (await admin.request.get(`${P}/draft`)).json()) as {
    latest: { version: number } | null;
    entries: { kind: string; id: string; rev: number; cells: Record<string, string> }[];
  };
  const entry = draft.entries.find((e) => e.kind === 'point' && e.id === 'hcm-cho-lon')!;
  const old = new Date(Date.now() + 7 * 3_600_000 - 31 * 86_400_000).toISOString().slice(0, 10);
  const cells = { ...entry.cells, sample: '', verified: old, confirmed_by: 'doi06-cho-lon' };
  expect((await admin.request.put(`${P}/entries/point/hcm-cho-lon`, { data: { cells, rev: entry.rev } })).status()).toBe(200);
  const expectedVersion = draft.latest?.version ?? 0;
  expect((await admin.request.post(`${P}/publish`, { data: { note: 'Xác nhận cũ', expectedVersion } })).status()).toBe(200);

  const hcm = await phone(browser);
  await search(hcm, CHO_LON);
  const item = hcm.locator('li[data-point-id="hcm-cho-lon"]');
  await expect(item.locator('[data-verification="stale"]')).toBeVisible();

  await admin.reload();
  await admin.locator('#recheck-province').selectOption('ho-chi-minh');
  const line = admin.locator('li[data-recheck-id="point:hcm-cho-lon"]');
  await expect(line).toHaveAttribute('data-stale', 'yes');
  await line.locator('[data-action="still-true"]').click();
  await expect(admin.locator('[data-said="ok"]')).toBeVisible();
  await expect(line).toHaveAttribute('data-stale', 'no');
  await expectNoAxeViolations(admin);

  await search(hcm, CHO_LON);
  await expect(item.locator(`[data-verification="fresh"][data-confirmed-by="${NAME}"]`)).toBeVisible();
  await expect(item.locator('[data-verification="stale"]')).toHaveCount(0);
  // Freshly confirmed: listed before the nearer entries nobody confirmed.
  await expect(hcm.locator('[data-results] li[data-point-id]').first()).toHaveAttribute('data-point-id', 'hcm-cho-lon');
  await expectNoAxeViolations(hcm);
});
