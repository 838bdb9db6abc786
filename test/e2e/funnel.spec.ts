import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { dashboardLogin } from './support/dashboard';
import { startServer, type RunningServer } from './support/server';

// Issue 19: the dashboard's funnel counts people's progress, each step at most once per visit:
// two results seen (an answer changed), a tutorial started and finished twice in one visit still make one visit
// at each step, and no step passes 100% of the one before.

// A password with Vietnamese letters on purpose: people type them, and login must take them.
const ORGANIZER = { name: 'phieu-e2e', password: 'mật khẩu thử nghiệm phễu' };

let server: RunningServer;
test.beforeEach(async () => {
  server = await startServer({ env: { ORGANIZER_NAME: ORGANIZER.name, ORGANIZER_PASSWORD: ORGANIZER.password } });
});
test.afterEach(async () => server.stop());

const outcome = (page: Page) => page.locator('[data-outcome]');

/** Answers whatever the checker asks with its first choice (`skip` answered otherwise), until a result shows. */
async function answerUntilResult(page: Page): Promise<void> {
  for (let i = 0; i < 20 && (await outcome(page).count()) === 0; i++) {
    await expect(page.locator('[data-question]').or(outcome(page)).first()).toBeVisible();
    if ((await outcome(page).count()) > 0) break;
    const before = page.url();
    // A question changed from the summary: another answer than the one given before.
    await page.locator('[data-question] [data-answer]:not([aria-current="true"])').first().click();
    await expect(page).not.toHaveURL(before);
  }
  await expect(outcome(page)).toBeVisible();
}

/** The activation tutorial from its first step to "done" at every step. */
async function finishActivation(page: Page): Promise<void> {
  await page.goto(server.url + '/huong-dan/activate/sms');
  for (let i = 0; i < 8; i++) {
    const before = page.url();
    await page.locator('[data-action="step-done"]').click();
    if (i < 7) await expect(page).not.toHaveURL(before);
  }
  await expect(page.locator('[data-action="step-done"]')).toHaveCount(0);
}

/** The numbers of one of the dashboard's bar lists, by bar id, after the filters are applied again. */
async function bars(dashboard: Page, list: string): Promise<Record<string, number>> {
  await dashboard.getByRole('button').and(dashboard.locator('[data-action="apply-filters"]')).click();
  const items = dashboard.locator(`[data-bars="${list}"] [data-bar]`);
  const out: Record<string, number> = {};
  for (const li of await items.all()) out[(await li.getAttribute('data-bar'))!] = Number(await li.getAttribute('data-n'));
  return out;
}

test('a visit that sees two results and finishes the activation tutorial twice is one visit at each funnel step', async ({
  page,
  context,
}) => {
  test.setTimeout(120_000);
  await page.goto(server.url + '/kiem-tra');
  await answerUntilResult(page);
  const first = page.url();
  // One answer changed from the summary: a second result in the same visit, the checker not restarted.
  await page.locator('[data-summary] .answers-change a').last().click();
  await answerUntilResult(page);
  expect(page.url()).not.toBe(first);
  await finishActivation(page);
  await finishActivation(page); // opened again from step 1: started and finished a second time
  await page.goto(server.url + '/'); // a new page load sends what waited

  const dashboard = await context.newPage();
  await dashboardLogin(dashboard, server.url, ORGANIZER);
  // The counts section (an admin of a deployment without a unit is first taken to the unit section).
  await expect(async () => {
    await dashboard.locator('a[href="#thong-ke"]').click();
    await expect(dashboard.locator('a[href="#thong-ke"][aria-current="page"]')).toBeVisible({ timeout: 1000 });
  }).toPass();
  // The raw events repeat (two results shown)…
  await expect.poll(async () => Object.values(await bars(dashboard, 'outcomes')).reduce((a, b) => a + b, 0), { timeout: 30_000 }).toBe(2);
  // …the funnel counts the visit once at each step, and no step passes the one before.
  await expect
    .poll(() => bars(dashboard, 'funnel'), { timeout: 30_000 })
    .toEqual({ checker_start: 1, checker_outcome: 1, activation_start: 1, activation_finish: 1 });
  const steps = Object.values(await bars(dashboard, 'funnel'));
  for (let i = 1; i < steps.length; i++) expect(steps[i]).toBeLessThanOrEqual(steps[i - 1]!);
  for (const text of await dashboard.locator('[data-bars="funnel"] .bar-value').allTextContents()) {
    const share = /\((\d+)%\)/.exec(text);
    if (share) expect(Number(share[1])).toBeLessThanOrEqual(100);
  }
  await expectNoAxeViolations(dashboard);
});
