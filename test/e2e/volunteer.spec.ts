import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { expect, test, type Page } from '@playwright/test';
import { METRIC_LABELS } from '../../src/core/counts/labels';
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

test('tallies made offline reach the collector exactly once', async ({ page, context }) => {
  test.slow(); // a service worker installed, four visits, three accessibility checks, deliveries retried
  const dataDir = mkdtempSync(join(tmpdir(), 'vneid-volunteer-'));
  const server = await startServer({ env: { DATA_DIR: dataDir } });
  const total = page.locator('.volunteer-total');
  try {
    await page.goto(server.url + '/tinh-nguyen');
    await installServiceWorker(page);

    await expect(page.locator('[data-team-setup]')).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('#team-code').fill('0912345678');
    await page.locator('[data-action="start-team"]').click();
    await expect(page.locator('[data-team-setup][data-code-problem="digits"]')).toBeVisible(); // a phone number is not a team
    await expect(page.locator('#team-code')).toHaveAttribute('aria-invalid', 'true');
    await page.locator('#team-code').fill('To 3 Cho Lon');
    // The team's commune by name: province, then commune (the list shows old names beside).
    const place = page.locator('[data-locality-picker="team"]');
    await place.getByRole('combobox').first().selectOption('79');
    await place.getByRole('combobox').nth(1).selectOption(CHO_LON);
    await expect(place.locator('option:checked').nth(1)).toHaveText(/Chợ Lớn.*Phường 11, Quận 5/);
    await page.locator('[data-action="start-team"]').click();
    await expect(page.locator(`[data-team="${TEAM}"]`)).toBeVisible();
    await expect(total).toHaveAttribute('data-households', '0');
    await expect(total).toHaveAttribute('data-activated', '0');

    // Door to door, no network.
    await context.setOffline(true);
    await visit(page, 'activated-level1');
    await visit(page, 'activated-level1');
    await page.locator('[data-action="tally"]').click();
    await expectNoAxeViolations(page);
    await page.locator('input[name="outcome"][value="not-eligible"]').check();
    await page.locator('[data-action="save-tally"]').click();
    await expect(page.getByRole('alert')).toHaveAttribute('data-problem', 'noBlocker');
    await page.locator('input[name="blocker"][value="no-chip-card"]').check();
    await page.locator('[data-action="save-tally"]').click();
    await expect(page.locator('[data-saved]')).toBeVisible();
    await visit(page, 'nobody-home');
    await expect(total).toHaveAttribute('data-households', '4');
    await expect(total).toHaveAttribute('data-activated', '2');
    await expectNoAxeViolations(page);

    // A reload offline (the phone's browser was closed): the total is still there.
    await page.reload();
    await expect(total).toHaveAttribute('data-households', '4');
    await expect(total).toHaveAttribute('data-activated', '2');
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
  await page.locator('#team-code').fill('to-3');
  await page.locator('[data-action="start-team"]').click();
  await page.locator('[data-action="present"]').click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.volunteer-list-link').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await page.locator('.volunteer-list-link').first().click();
  await expect(page.locator('[data-step-number="1"]')).toBeVisible();
  await page.locator('[data-action="next-step"]').click();
  await expect(page.locator('[data-step-number="2"]')).toBeVisible();
  await expectNoAxeViolations(page);
  const progress = await page.evaluate(() => indexedDB.databases().then((dbs) => dbs.map((d) => d.name)));
  expect(progress).not.toContain('vneid-tutorial-progress');
});

/** What the collector holds for one event of this team (any place), by parameter. */
function collectedEvent(dataDir: string, event: string, team: string): Record<string, number> {
  const db = new Database(join(dataDir, 'vneid-guide.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db
      .prepare("SELECT param, SUM(n) AS n FROM counts WHERE event = ? AND channel = 'volunteer' AND source = ? GROUP BY param")
      .all(event, team) as { param: string; n: number }[];
    return Object.fromEntries(rows.map((r) => [r.param, r.n]));
  } catch {
    return {};
  } finally {
    db.close();
  }
}

/** One visit through the tally form, by data-* attributes and values (no wording). */
async function visit(
  page: Page,
  outcome: string,
  opts: { blocker?: string; ticks?: readonly string[]; people?: Readonly<Record<string, number>> } = {},
) {
  await page.locator('[data-action="tally"]').click();
  await page.locator(`input[name="outcome"][value="${outcome}"]`).check();
  if (opts.blocker) await page.locator(`input[name="blocker"][value="${opts.blocker}"]`).check();
  for (const [person, n] of Object.entries(opts.people ?? {})) {
    const stepper = page.locator(`[data-person="${person}"]`);
    for (let i = 0; i < n; i++) await stepper.locator('[data-step="up"]').click();
    await expect(stepper.locator('[data-value]')).toHaveAttribute('data-value', String(n));
  }
  const checklist = page.locator('[data-closing-checklist]');
  if (outcome === 'nobody-home') await expect(checklist).toHaveCount(0);
  else {
    await expect(checklist.locator('input[type="checkbox"]')).toHaveCount(4);
    for (const c of opts.ticks ?? []) await checklist.locator(`input[data-check="${c}"]`).check();
  }
  await page.locator('[data-action="save-tally"]').click();
  await expect(page.locator('[data-saved]')).toBeVisible();
}

test('the closing checklist: how many visits ended with every item ticked reaches the collector exactly once', async ({
  page,
  context,
}) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vneid-checklist-'));
  const server = await startServer({ env: { DATA_DIR: dataDir } });
  const team = 'to-checklist';
  const ALL = ['own-phone', 'other-phone-logged-out', 'passcode-private', 'safety-card-left'];
  try {
    await page.goto(server.url + '/tinh-nguyen');
    await page.locator('#team-code').fill(team);
    await page.locator('[data-action="start-team"]').click();
    await expect(page.locator('[data-action="tally"]')).toBeVisible();

    // The checklist on a small phone: usable at 320 px, no accessibility violation.
    await page.setViewportSize({ width: 320, height: 740 });
    await page.locator('[data-action="tally"]').click();
    await page.locator('input[name="outcome"][value="activated-level1"]').check();
    await expect(page.locator('[data-checklist-missing]')).toBeVisible();
    for (const c of ALL) await page.locator(`input[data-check="${c}"]`).check();
    await expect(page.locator('[data-checklist-missing]')).toHaveCount(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    await page.locator('[data-action="cancel-tally"]').click(); // cancel: nothing recorded
    await page.setViewportSize({ width: 1280, height: 800 });

    // Visits with no network: two closed with every item, one with an item left, one nobody home.
    await context.setOffline(true);
    await visit(page, 'activated-level1', { ticks: ALL });
    await visit(page, 'not-eligible', { blocker: 'no-chip-card', ticks: ALL.slice(0, 3) });
    await visit(page, 'nobody-home');
    await visit(page, 'activated-level2', { ticks: ALL });
    expect(collectedEvent(dataDir, 'volunteer_checklist', team)).toEqual({});

    // Back online, the collector's first answer lost on the way: the phone sends the same batch again.
    let lost = false;
    await context.route('**/api/counts', async (route) => {
      const response = await route.fetch().catch(() => null);
      if (!response) return route.abort('connectionreset');
      if (!lost) {
        lost = true;
        return route.abort('connectionreset');
      }
      return route.fulfill({ response });
    });
    await context.setOffline(false);
    const want = { 'all-ticked': 2, 'not-all-ticked': 1 };
    await expect.poll(() => collectedEvent(dataDir, 'volunteer_checklist', team), { timeout: 20_000 }).toEqual(want);
    expect(lost).toBe(true);
    expect(collectedEvent(dataDir, 'volunteer_tally', team)).toEqual({
      'activated-level1': 1,
      'not-eligible/no-chip-card': 1,
      'nobody-home': 1,
      'activated-level2': 1,
    });

    // Later deliveries bring what happened since, never the checklist again: one more visit
    // arrives (the positive signal that a delivery happened), and the checklist grows by it alone.
    await page.reload();
    await visit(page, 'registered-waiting', { ticks: ALL });
    // The network coming back is a delivery's cue (otherwise the next one waits for its interval).
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => collectedEvent(dataDir, 'volunteer_tally', team)['registered-waiting'] ?? 0, { timeout: 20_000 }).toBe(1);
    await expect.poll(() => collectedEvent(dataDir, 'volunteer_checklist', team)).toEqual({ 'all-ticked': 3, 'not-all-ticked': 1 });
  } finally {
    await server.stop();
  }
});

test('a mis-tapped tally is undone, and the organizers’ households are net of it', async ({ page, context }) => {
  const dataDir = mkdtempSync(join(tmpdir(), 'vneid-undo-'));
  const server = await startServer({ env: { DATA_DIR: dataDir } });
  const team = 'to-undo';
  const households = () => {
    try {
      const db = new Database(join(dataDir, 'vneid-guide.sqlite'), { readonly: true, fileMustExist: true });
      try {
        return (db.prepare('SELECT SUM(households) AS n FROM place_day WHERE source = ?').get(team) as { n: number | null }).n ?? 0;
      } finally {
        db.close();
      }
    } catch {
      return -1;
    }
  };
  try {
    await page.goto(server.url + '/tinh-nguyen');
    await page.locator('#team-code').fill(team);
    await page.locator('[data-action="start-team"]').click();
    await expect(page.locator('[data-action="undo-tally"]')).toHaveCount(0); // nothing to undo yet

    await visit(page, 'activated-level1', { ticks: [] });
    // Delivered before the mistake is noticed: the undo must correct a count the collector has.
    await context.setOffline(true);
    await context.setOffline(false);
    await expect.poll(() => collectedEvent(dataDir, 'volunteer_tally', team), { timeout: 20_000 }).toEqual({ 'activated-level1': 1 });
    await visit(page, 'activated-level2', { ticks: [] }); // the mis-tap
    await expect(page.locator('.volunteer-total')).toHaveAttribute('data-households', '2');
    await page.locator('[data-action="undo-tally"]').click();
    await expect(page.locator('[data-undone="activated-level2"]')).toBeVisible();
    await expect(page.locator('.volunteer-total')).toHaveAttribute('data-households', '1');
    await expect(page.locator('.volunteer-total')).toHaveAttribute('data-activated', '1');
    await expectNoAxeViolations(page);
    // Kept on the phone: after a reload the undone tally stays undone.
    await page.reload();
    await expect(page.locator('.volunteer-total')).toHaveAttribute('data-households', '1');

    await context.setOffline(true);
    await context.setOffline(false);
    await expect
      .poll(() => collectedEvent(dataDir, 'volunteer_tally_undone', team), { timeout: 20_000 })
      .toEqual({ 'activated-level2': 1 });
    expect(collectedEvent(dataDir, 'volunteer_tally', team)).toEqual({ 'activated-level1': 1, 'activated-level2': 1 });
    expect(households()).toBe(1);
    // The last remaining tally can be undone too; then nothing is left to undo, and nothing goes below zero.
    await page.locator('[data-action="undo-tally"]').click();
    await expect(page.locator('.volunteer-total')).toHaveAttribute('data-households', '0');
    await expect(page.locator('[data-action="undo-tally"]')).toHaveCount(0);
  } finally {
    await server.stop();
  }
});

/** Sums of the collector's running sums (place_day) for one team: what the dashboard and report read. */
function placeSums(dataDir: string, team: string): Record<string, number> {
  try {
    const db = new Database(join(dataDir, 'vneid-guide.sqlite'), { readonly: true, fileMustExist: true });
    try {
      return db
        .prepare(
          `SELECT SUM(households) AS households, SUM(households_activated) AS households_activated,
            SUM(people) AS people, SUM(people_activated) AS people_activated FROM place_day WHERE source = ?`,
        )
        .get(team) as Record<string, number>;
    } finally {
      db.close();
    }
  } catch {
    return {};
  }
}

test('people within a household visit: 2 activated and 1 without a chip card, undone with their visit, exact for the organizers', async ({
  page,
  context,
}) => {
  test.slow(); // two visits, every stepper checked at 320 px, deliveries, then the dashboard and its CSV
  const organizer = { name: 'to-chuc-people', password: 'mat-khau-thu-nghiem-nguoi' };
  const dataDir = mkdtempSync(join(tmpdir(), 'vneid-people-'));
  const server = await startServer({ env: { DATA_DIR: dataDir, ORGANIZER_NAME: organizer.name, ORGANIZER_PASSWORD: organizer.password } });
  const team = 'to-nguoi';
  const total = page.locator('.volunteer-total');
  const people = page.locator('.volunteer-people-today');
  try {
    await page.goto(server.url + '/tinh-nguyen');
    await page.locator('#team-code').fill(team);
    await page.locator('[data-action="start-team"]').click();
    await expect(page.locator('[data-action="tally"]')).toBeVisible();

    // The steppers on a small phone: 320 px wide, 44 px targets, named by their labels, read out.
    await page.setViewportSize({ width: 320, height: 740 });
    await page.locator('[data-action="tally"]').click();
    await page.locator('input[name="outcome"][value="activated-level2"]').check();
    const steppers = page.locator('[data-people] [data-person]');
    await expect(steppers).toHaveCount(11);
    for (const stepper of await steppers.all()) {
      const label = (await stepper.locator('.stepper-label').textContent())!.trim();
      expect(label.length).toBeGreaterThan(0);
      await expect(stepper).toHaveAccessibleName(label);
      for (const step of ['down', 'up']) {
        const button = stepper.locator(`[data-step="${step}"]`);
        await expect(button).toHaveAccessibleName(new RegExp(label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
        const box = (await button.boundingBox())!;
        expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      }
    }
    const said = page.locator('[data-people-said]');
    await expect(said).toHaveAttribute('aria-live', 'polite');
    // By keyboard: Tab reaches a stepper's button, Space and Enter press it, and the value is read out.
    const up2 = page.locator('[data-person="activated-level2"] [data-step="up"]');
    await up2.focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-person="activated-level2"] [data-value]')).toHaveAttribute('data-value', '2');
    await expect(said).toContainText('2');
    await page.keyboard.press('Shift+Tab'); // back to the same stepper's "one fewer"
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-person="activated-level2"] [data-value]')).toHaveAttribute('data-value', '1');
    await expect(said).toContainText('1');
    await up2.click();
    await page.locator('[data-person="no-chip-card"] [data-step="up"]').click();
    // "One fewer" at 0 stays at 0 and keeps the focus (aria-disabled, not disabled).
    const down0 = page.locator('[data-person="child-no-card"] [data-step="down"]');
    await expect(down0).toHaveAttribute('aria-disabled', 'true');
    await down0.focus();
    await page.keyboard.press('Enter');
    await expect(down0).toBeFocused();
    await expect(page.locator('[data-person="child-no-card"] [data-value]')).toHaveAttribute('data-value', '0');
    await expect(page.locator('[data-people-total]')).toHaveAttribute('data-people-total', '3');
    await expect(page.locator('[data-people-total]')).toHaveAttribute('data-people-activated', '2');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page);
    // Nobody home: no people to count.
    await page.locator('input[name="outcome"][value="nobody-home"]').check();
    await expect(page.locator('[data-people]')).toHaveCount(0);
    await page.locator('input[name="outcome"][value="activated-level2"]').check();
    await expect(page.locator('[data-people-total]')).toHaveAttribute('data-people-total', '3'); // kept meanwhile

    // Saved offline; a second visit; then the second one undone (a mis-tap), its people with it.
    await context.setOffline(true);
    await page.locator('[data-action="save-tally"]').click();
    await expect(page.locator('[data-saved]')).toBeVisible();
    await expect(people).toHaveAttribute('data-people', '3');
    await expect(people).toHaveAttribute('data-people-activated', '2');
    await expectNoAxeViolations(page);
    await page.setViewportSize({ width: 1280, height: 800 });
    await visit(page, 'activated-level1', { people: { 'activated-level1': 1, 'child-no-card': 1 } });
    await expect(total).toHaveAttribute('data-households', '2');
    await expect(people).toHaveAttribute('data-people', '5');
    await expect(people).toHaveAttribute('data-people-activated', '3');
    await page.locator('[data-action="undo-tally"]').click();
    await expect(page.locator('[data-undone="activated-level1"]')).toBeVisible();
    await expect(total).toHaveAttribute('data-households', '1');
    await expect(people).toHaveAttribute('data-people', '3');
    await expect(people).toHaveAttribute('data-people-activated', '2');
    await page.reload();
    await expect(people).toHaveAttribute('data-people', '3');

    // Back online: the collector's sums are exact, households and people.
    await context.setOffline(false);
    await expect
      .poll(() => collectedEvent(dataDir, 'volunteer_people_undone', team), { timeout: 20_000 })
      .toEqual({ 'activated-level1/1': 1, 'child-no-card/1': 1 });
    expect(collectedEvent(dataDir, 'volunteer_people', team)).toEqual({
      'activated-level2/2': 1,
      'no-chip-card/1': 1,
      'activated-level1/1': 1,
      'child-no-card/1': 1,
    });
    expect(placeSums(dataDir, team)).toEqual({ households: 1, households_activated: 1, people: 3, people_activated: 2 });

    // The organizers' dashboard: the team's row and the people by outcome; the CSV has the columns.
    const dash = await context.newPage();
    await dash.goto(server.url + '/dashboard');
    await dash.locator('#name').fill(organizer.name);
    await dash.locator('#password').fill(organizer.password);
    await dash.locator('form button[type="submit"]').click();
    // A new deployment opens on its identity page first: the counts are one link away.
    await dash.locator('a[href="#thong-ke"]').click();
    const row = dash.locator(`tr[data-source="${team}"]`);
    const cell = (metric: string) => row.locator(`td[data-metric="${metric}"]`);
    await expect(cell('households')).toHaveText('1');
    await expect(cell('households_activated')).toHaveText('1');
    await expect(cell('people')).toHaveText('3');
    await expect(cell('people_activated')).toHaveText('2');
    const bars = dash.locator('[data-bars="people"] [data-bar]');
    await expect(bars).toHaveCount(2);
    await expect(dash.locator('[data-bars="people"] [data-bar="activated-level2"]')).toHaveAttribute('data-n', '2');
    await expect(dash.locator('[data-bars="people"] [data-bar="no-chip-card"]')).toHaveAttribute('data-n', '1');
    await expectNoAxeViolations(dash);
    const href = await dash.locator('a[href*="export.csv"][href*="kind=report"]').getAttribute('href');
    const csv = (await (await dash.request.get(server.url + href!)).text()).split('\r\n');
    const head = csv[0]!.split(',');
    const line = csv.find((l) => l.includes(`,${team},`))!.split(',');
    const at = (metric: 'households' | 'people' | 'people_activated') => line[head.indexOf(METRIC_LABELS[metric])];
    expect([at('households'), at('people'), at('people_activated')]).toEqual(['1', '3', '2']);
  } finally {
    await server.stop();
  }
});
