import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { screenHeading } from './support/screen';
import { startServer } from './support/server';

// The shipped sample data has mobile sessions in December 2026 and January 2027: pin the clock to
// Monday 7 December 2026, 09:00 in Hồ Chí Minh City (offices open, before the lunch break).
const MONDAY_9AM = new Date('2026-12-07T09:00:00+07:00');
// Just beside the police of phường Chợ Lớn (old Quận 5), point hcm-cho-lon in the sample data.
const NEAR_CHO_LON = { latitude: 10.7527, longitude: 106.6587 };

async function pinClock(page: Page, at = MONDAY_9AM) {
  await page.clock.setFixedTime(at);
}

/** The results section, once results are shown for a place of that origin (gps, text, kiosk). */
function found(page: Page, origin?: 'gps' | 'text') {
  return page.locator(origin ? `[data-results][data-origin="${origin}"]` : '[data-results]');
}

function results(page: Page) {
  return found(page).getByRole('listitem').and(page.locator('[data-point-id]'));
}

const point = (page: Page, id: string) => results(page).and(page.locator(`[data-point-id="${id}"]`));
const locate = (page: Page) => page.getByRole('button').and(page.locator('[data-action="locate"]'));
/** The service filter's radio for a service code (`''`: all services). */
const serviceRadio = (page: Page, dv: string) => page.getByRole('radio').and(page.locator(`[name="dv"][value="${dv}"]`));

async function searchPlace(page: Page, text: string) {
  const search = page.getByRole('search');
  await search.getByRole('searchbox').fill(text);
  await search.getByRole('button').click();
}

test.describe('with the device location allowed', () => {
  test.use({ geolocation: NEAR_CHO_LON, permissions: ['geolocation'] });

  test('lists the nearest point first, open now, marked not verified, and keeps the position out of the URL', async ({ page }) => {
    await pinClock(page);
    await page.goto('/diem');
    await expect(screenHeading(page, 'places')).toBeVisible();
    await locate(page).click();
    await expect(found(page, 'gps').getByRole('heading', { level: 2 })).toBeFocused();
    const first = results(page).first();
    await expect(first).toHaveAttribute('data-point-id', 'hcm-cho-lon');
    await expect(first.getByRole('heading', { level: 3 }).getByRole('link')).toHaveAttribute('href', '/diem/hcm-cho-lon');
    const status = first.locator('[data-status]');
    await expect(status).toHaveAttribute('data-status', 'open');
    await expect(status).toContainText('11:30'); // open until the lunch break
    await expect(first.locator('[data-verification]')).toHaveAttribute('data-verification', 'sample');
    expect(page.url()).not.toContain('10.75');
    expect(page.url()).not.toContain('106.6');
    await expectNoAxeViolations(page);
  });

  test("the checker's level-2 link leaves out guidance points", async ({ page }) => {
    await pinClock(page);
    await page.goto('/diem?dv=level2');
    await expect(serviceRadio(page, 'level2')).toBeChecked();
    await locate(page).click();
    const items = results(page);
    await expect(items.first()).toBeVisible();
    await expect(items.and(page.locator('[data-kind="guidance"]'))).toHaveCount(0);
    // Widening the filter keeps the place and brings the guidance point back.
    // The screen is redrawn for the new URL: click, then look again (check() would watch the old radio).
    await serviceRadio(page, '').click();
    await expect(serviceRadio(page, '')).toBeChecked();
    await expect(serviceRadio(page, '')).toBeFocused();
    await expect(point(page, 'hcm-q5-nvh')).toHaveAttribute('data-kind', 'guidance');
  });
  test('the device location replaces a typed place, also after a filter change', async ({ page }) => {
    await pinClock(page);
    await page.goto('/diem?q=bim%20son');
    await expect(found(page, 'text')).toBeVisible();
    await expect(results(page).first()).toHaveAttribute('data-point-id', 'th-bim-son');
    await locate(page).click();
    await expect(found(page, 'gps')).toBeVisible();
    await expect(page).toHaveURL(/\/diem$/);
    await serviceRadio(page, 'card').click();
    await expect(page).toHaveURL(/\/diem\?dv=card$/);
    await expect(found(page, 'gps')).toBeVisible();
    await expect(results(page).first()).toHaveAttribute('data-point-id', 'hcm-cho-lon');
  });
});

test.describe('with the device location refused', () => {
  test.use({ permissions: [] });

  test('says so and finds points by a typed place name, without accents', async ({ page }) => {
    await pinClock(page);
    await page.goto('/diem');
    await locate(page).click();
    await expect(page.getByRole('alert')).toHaveAttribute('data-problem', 'denied');
    await searchPlace(page, 'phuong 12');
    // Every old district had a Phường 12: the person picks which one (the first in Hồ Chí Minh City is Quận 5's).
    const choice = page.locator('[data-place-choices]').getByRole('button').and(page.locator('[data-province="ho-chi-minh"]')).first();
    const chosen = (await choice.getAttribute('data-place-name')) ?? '-';
    await choice.click();
    await expect(found(page, 'text').getByRole('heading', { level: 2 })).toContainText(chosen);
    await expect(point(page, 'hcm-cho-lon')).toBeVisible();
    await expect(page).toHaveURL(/\/diem\?q=phuong\+12$/);
    await expectNoAxeViolations(page);

    await searchPlace(page, 'bim son');
    // Typed without accents, named with them: the accented place name is what this checks.
    await expect(found(page, 'text').getByRole('heading', { level: 2 })).toContainText('Phường Bỉm Sơn');
    await expect(results(page).first()).toHaveAttribute('data-point-id', 'th-bim-son');
  });

  test('offers a choice when a name is ambiguous', async ({ page }) => {
    await pinClock(page);
    await page.goto('/diem?q=quan');
    const choices = page.locator('[data-place-choices]').getByRole('button');
    // Counted once the choices are shown (count() does not wait: it raced the search on a loaded machine).
    await expect(choices.nth(1)).toBeVisible();
    await expect(found(page)).toHaveCount(0); // nothing listed until the person picks
    // Whichever place is picked, the list is for that place, under its name.
    const choice = choices.and(page.locator('[data-province="ho-chi-minh"]')).last();
    const chosen = (await choice.getAttribute('data-place-name')) ?? '-';
    await choice.click();
    await expect(found(page, 'text').getByRole('heading', { level: 2 })).toContainText(chosen);
    await expect(results(page).first()).toBeVisible();
  });
});

test('a point screen calls, gives directions at its coordinates and makes a calendar file on the device', async ({ page }) => {
  await pinClock(page, new Date('2026-12-01T10:00:00+07:00'));
  await page.goto('/diem/hcm-q5-chung-cu');
  await expect(screenHeading(page, 'place')).toBeVisible();
  const screen = page.getByRole('article');
  const actions = screen.locator('[data-point-id="hcm-q5-chung-cu"]');
  await expect(screen.locator('[data-verification]')).toHaveAttribute('data-verification', 'sample');
  // No phone is published for sample points: the national hotline instead.
  await expect(actions.getByRole('link').and(page.locator('[data-action="call"]'))).toHaveAttribute('href', 'tel:19000368');
  await expect(actions.getByRole('link').and(page.locator('[data-action="directions"]'))).toHaveAttribute('href', /10\.757000,106\.670500/);
  await expectNoAxeViolations(page);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    screen.locator('[data-session-date="2026-12-05"]').getByRole('button').and(page.locator('[data-action="session-calendar"]')).click(),
  ]);
  expect(download.suggestedFilename()).toBe('hcm-q5-cc-2026-12-2026-12-05.ics');
  const ics = readFileSync((await download.path()) ?? '', 'utf8').replace(/\r\n /g, '');
  expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
  expect(ics).toContain('DTSTART:20261205T003000Z'); // 07:30 in Vietnam
  expect(ics).toContain('DTEND:20261205T040000Z');
  expect(ics).toContain('DTSTART:20261205T063000Z'); // the afternoon, a second event
  // The file's own text, as a calendar app shows it: Vietnamese letters intact through UTF-8 and line folding.
  expect(ics).toContain('SUMMARY:Tổ lưu động đăng ký định danh điện tử: Sảnh chung cư: điểm tổ lưu động (mẫu)');
  expect(ics).toContain('GEO:10.757000;106.670500');
  expect(ics).toContain('Chưa xác minh: hãy gọi trước khi đến'); // the warning travels with the event
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
    await expect(results(page).first()).toBeVisible();
  } finally {
    await server.stop();
  }
  await page.goto(server.url + '/diem?q=quan%2012');
  await expect(found(page, 'text')).toBeVisible();
  await expect(point(page, 'hcm-tan-thoi-hiep')).toBeVisible();
  // A province never opened cannot be shown offline, and the screen says why.
  await page.goto(server.url + '/diem?q=bim%20son');
  const problem = page.getByRole('alert').and(page.locator('[data-problem]'));
  await expect(problem).toHaveAttribute('data-problem', 'offline');
  await expect(problem).toHaveAttribute('data-province', 'thanh-hoa');
});
