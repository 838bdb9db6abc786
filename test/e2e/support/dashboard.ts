import { expect, type Browser, type Locator, type Page } from '@playwright/test';
import { METRIC_LABELS } from '../../../src/core/counts/labels';

// The organizers' dashboard, reached the way an organizer does: log in, open a section by its
// address, read the counts table. By role and data-* attributes, so rewording the page breaks nothing.

export interface Account {
  name: string;
  password: string;
}

/** The CSV column of screens opened: the product's own label (the export's header row). */
export const SCREENS = METRIC_LABELS.screens;

/** The logged-in header's log-out button: its being there is the "logged in" signal. */
export const logoutButton = (page: Page): Locator => page.locator('button[data-action="logout"]');

/** Fills the login form and submits it (no waiting: a refused login is a test too). */
export async function submitLogin(page: Page, account: Account): Promise<void> {
  const form = page.locator('form[data-form="login"]');
  await form.locator('input[name="name"]').fill(account.name);
  await form.locator('input[name="password"]').fill(account.password);
  await form.locator('button[type="submit"]').click();
}

/**
 * Logs into the organizers' dashboard at `base` and waits for the logged-in header; with `section`
 * (a hash such as "#diem"), opens that section from the navigation and waits until it is the open one.
 */
export async function dashboardLogin(page: Page, base: string, account: Account, section?: string): Promise<void> {
  await page.goto(base + '/dashboard');
  await submitLogin(page, account);
  await expect(logoutButton(page)).toBeVisible();
  if (section) await openSection(page, section);
}

/** Opens a section of the dashboard from its navigation (sections are addressed by the URL's hash). */
export async function openSection(page: Page, hash: string): Promise<void> {
  const link = page.getByRole('navigation').locator(`a[href="${hash}"]`);
  await link.click();
  await expect(link).toHaveAttribute('aria-current', 'page');
}

/**
 * A separate browser context (its own session cookie) logged in as `account`, downloads allowed and
 * confirmation dialogs (cancel, roll back, remove) accepted: one organizer at their own computer.
 */
export async function dashboardOnItsOwn(browser: Browser, base: string, account: Account, section?: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'vi-VN', acceptDownloads: true });
  const page = await context.newPage();
  page.on('dialog', (d) => void d.accept());
  await dashboardLogin(page, base, account, section);
  return page;
}

/** The "screens opened" figure of the counts table's row for a source tag (0 when absent). */
export async function screensFor(dashboard: Page, source: string): Promise<number> {
  // The counts section by its address: an admin of a deployment whose unit is not set yet is
  // otherwise taken to the unit's section first.
  if (new URL(dashboard.url()).hash !== '#thong-ke') await openSection(dashboard, '#thong-ke');
  // Each apply starts the summary and the table again and drops answers still on their way: wait
  // for this apply's answers, or a poll clicking faster than a loaded server answers never sees one.
  const answered = (path: string) => dashboard.waitForResponse((r) => new URL(r.url()).pathname === path);
  const answers = Promise.all([answered('/api/dashboard/summary'), answered('/api/dashboard/places')]);
  await dashboard.locator('button[data-action="apply-filters"]').click();
  await answers;
  const table = dashboard.getByRole('region').and(dashboard.locator('[data-table="places"]'));
  await expect(table.or(dashboard.locator('[data-places-empty]'))).toBeVisible();
  if (!(await table.isVisible())) return 0;
  const cells = table.locator(`tbody tr[data-source="${source}"] td[data-metric="screens"]`);
  const figures = await cells.allTextContents();
  return figures.reduce((sum, text) => sum + Number(text.replace(/\D/g, '')), 0);
}

/** A mobile team's session, as the points section's form asks for it. */
export interface SessionInput {
  date: string;
  from: string;
  to: string;
  place: string;
  note: string;
}

/** Adds a session to the open province's draft from the points section ("#diem"); waits for "saved". */
export async function addSession(page: Page, session: SessionInput): Promise<void> {
  await page.locator('button[data-action="add-session"]').click();
  const form = page.locator('form[data-form="session"]');
  await form.locator('input[name="dates"]').fill(session.date);
  await form.locator('input[name="from"]').fill(session.from);
  await form.locator('input[name="to"]').fill(session.to);
  await form.locator('select[name="place"]').selectOption(session.place);
  await form.locator('input[name="notes"]').fill(session.note);
  await form.locator('button[data-action="save-draft"]').click();
  await expect(page.locator('[data-said="ok"]')).toBeVisible();
  await expect(form).toHaveCount(0);
}

/** Publishes the open province's draft with a one-line note and waits for the version it makes. */
export async function publishDraft(page: Page, note: string, version: number): Promise<void> {
  await page.locator('input[name="note"]').fill(note);
  await page.locator('button[data-action="publish"]').click();
  await expect(page.locator(`[data-latest-version="${version}"]`)).toBeVisible();
}
