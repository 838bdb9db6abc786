import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';

// The point finder as a newcomer walks it (issue 18): the search takes the person to the results,
// understands places written the way people write them, asks when a name is ambiguous, and never
// leaves an earlier place's list under a failed search. Selects by role and data-* only.

const PHONE = { width: 360, height: 740 };
// The sample data's mobile sessions are in December 2026: Tuesday 1 December, 09:00.
const TUESDAY = new Date('2026-12-01T09:00:00+07:00');

const resultsSection = (page: Page) => page.locator('[data-results]');
const resultsHeading = (page: Page) => resultsSection(page).getByRole('heading', { level: 2 });

async function search(page: Page, text: string) {
  await page.getByRole('searchbox').fill(text);
  await page.getByRole('searchbox').press('Enter');
}

test.beforeEach(async ({ page }) => {
  await page.clock.setFixedTime(TUESDAY);
  await page.setViewportSize(PHONE);
});

test('a search takes the person to the results: heading focused and on screen', async ({ page }) => {
  await page.goto('/diem');
  await expect(page.getByRole('searchbox')).toBeVisible();
  await search(page, 'Bỉm Sơn, Thanh Hóa');
  await expect(resultsSection(page).locator('[data-point-id="th-bim-son"]')).toBeVisible();
  await expect(resultsHeading(page)).toBeFocused();
  await expect(resultsHeading(page)).toBeInViewport();
  await expectNoAxeViolations(page);
});

for (const [query, point] of [
  ['quan5', 'hcm-cho-lon'],
  ['Q5 HCM', 'hcm-cho-lon'],
  ['8 Nguyễn Trãi Quận 5', 'hcm-cho-lon'],
  ['P.12 Q.5', 'hcm-cho-lon'],
  ['Phan Rang, tỉnh Khánh Hòa', 'kh-phan-rang'],
] as const) {
  test(`"${query}" is understood`, async ({ page }) => {
    await page.goto('/diem?q=' + encodeURIComponent(query));
    await expect(resultsSection(page).locator(`[data-point-id="${point}"]`)).toBeVisible();
    await expect(page.locator('[data-problem="no-match"]')).toHaveCount(0);
  });
}

test('a ward known only by its number offers a short choice instead of picking one', async ({ page }) => {
  await page.goto('/diem');
  await search(page, 'Phường 12');
  const choices = page.locator('[data-place-choices]');
  await expect(choices).toBeVisible();
  await expect(resultsSection(page)).toHaveCount(0);
  await choices.locator('button[data-province="ho-chi-minh"]').first().click();
  await expect(resultsSection(page).locator('[data-point-id="hcm-cho-lon"]')).toBeVisible();
  await expect(resultsHeading(page)).toBeFocused();
});

test("a failed search clears the earlier place's list", async ({ page }) => {
  await page.goto('/diem?q=' + encodeURIComponent('Bỉm Sơn'));
  await expect(resultsSection(page).locator('[data-point-id]').first()).toBeVisible();
  await search(page, 'Không có nơi này');
  await expect(page.locator('[data-problem="no-match"]')).toBeVisible();
  await expect(resultsSection(page)).toHaveCount(0);
});

test("a mobile team's venue reads as its next session, not as an office's hours", async ({ page }) => {
  await page.goto('/diem?q=' + encodeURIComponent('Quận 5'));
  const venue = resultsSection(page).locator('[data-point-id="hcm-q5-chung-cu"]');
  await expect(venue.locator('[data-status="session"]')).toBeVisible();
  // Saturday 5 December, the first sample session: its times and its date.
  await expect(venue.locator('[data-status="session"]')).toContainText('07:30–11:00');
  await expect(venue.locator('[data-status="session"]')).toContainText('05/12');
  await expect(
    resultsSection(page).locator(
      '[data-point-id="hcm-cho-lon"] [data-status="opens-later"], [data-point-id="hcm-cho-lon"] [data-status="open"]',
    ),
  ).toHaveCount(1);
});
