import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { startServer } from './support/server';
import { TUTORIAL_IDS } from '../../src/core/tutorials/ids';

// The interactive tutorials (/huong-dan): one step per screen, progress kept on the device, the
// "I'm stuck" branch, direct step URLs (QR codes), offline, read aloud, accessibility.

const ACTIVATE = ['sms', 'open', 'id-phone', 'otp', 'password', 'passcode', 'security-questions', 'login'];
const TUTORIALS = TUTORIAL_IDS;

// By role and data-* attributes: the steps' wording changes with every content review.
const h1 = (page: Page) => page.getByRole('heading', { level: 1 });
const didThis = (page: Page) => page.locator('button[data-action="step-done"]');
const stuck = (page: Page) => page.locator('button[data-action="stuck"]');
const position = (page: Page, n: number, m: number) => page.locator(`[data-step-position="${n}/${m}"]`);
const scamWarning = (page: Page) => page.locator('[data-scam]');
const nextStep = (page: Page) => page.locator('a[data-step-link="next"]');
const previousStep = (page: Page) => page.locator('a[data-step-link="previous"]');
/** A tutorial's entry in the list (/huong-dan). */
const listed = (page: Page, tutorial: string) => page.locator(`.guide-list a[data-tutorial="${tutorial}"]`);

test('walk the activation tutorial from its overview to the end', async ({ page }) => {
  await page.goto('/huong-dan/activate');
  await page.locator('a[data-action="start-tutorial"]').click();
  for (const [i, id] of ACTIVATE.entries()) {
    await expect(page).toHaveURL(new RegExp(`/huong-dan/activate/${id}$`));
    await expect(position(page, i + 1, ACTIVATE.length)).toBeVisible();
    await expect(h1(page)).toBeFocused();
    // The OTP, password and passcode steps carry the anti-scam warning; the security questions do not.
    if (['otp', 'password', 'passcode'].includes(id)) await expect(scamWarning(page)).toBeVisible();
    if (id === 'security-questions') await expect(scamWarning(page)).toHaveCount(0);
    await didThis(page).click();
  }
  const done = page.locator('[data-finished]').getByRole('heading', { level: 2 });
  await expect(done).toBeVisible();
  await expect(done).toBeFocused();
  await expectNoAxeViolations(page);
  // The list says it is finished.
  await page.goto('/huong-dan');
  await expect(listed(page, 'activate')).toHaveAttribute('data-progress', 'finished');
});

test('Back and Next move one step; the jump list opens any step and marks done ones', async ({ page }) => {
  await page.goto('/huong-dan/activate/sms');
  await didThis(page).click();
  await expect(page).toHaveURL(/\/activate\/open$/);
  await nextStep(page).click();
  await expect(page).toHaveURL(/\/activate\/id-phone$/);
  await previousStep(page).click();
  await expect(page).toHaveURL(/\/activate\/open$/);
  await expect(previousStep(page)).toBeVisible();
  const jump = page.locator('[data-step-jump]');
  await jump.locator('summary').click();
  await expect(jump.getByRole('listitem').first()).toHaveAttribute('data-done', 'yes');
  await expect(jump.getByRole('listitem').first().locator('.step-done')).toBeVisible();
  await expect(jump.locator('[aria-current="step"]')).toHaveAttribute('href', '/huong-dan/activate/open');
  await jump.getByRole('listitem').nth(5).getByRole('link').click();
  await expect(page).toHaveURL(/\/activate\/passcode$/);
  await expect(position(page, 6, 8)).toBeVisible();
  // No Back on the first step, no Next on the last.
  await page.goto('/huong-dan/activate/sms');
  await expect(position(page, 1, 8)).toBeVisible();
  await expect(nextStep(page)).toBeVisible();
  await expect(previousStep(page)).toHaveCount(0);
  await page.goto('/huong-dan/activate/login');
  await expect(position(page, 8, 8)).toBeVisible();
  await expect(previousStep(page)).toBeVisible();
  await expect(nextStep(page)).toHaveCount(0);
});

test('reload in the middle resumes at the same step, and a return offers to continue there', async ({ page }) => {
  await page.goto('/huong-dan/activate/sms');
  await didThis(page).click();
  await didThis(page).click();
  await expect(page).toHaveURL(/\/activate\/id-phone$/);
  await page.reload();
  await expect(page).toHaveURL(/\/activate\/id-phone$/);
  await expect(position(page, 3, 8)).toBeVisible();

  // Coming back later through the list or the overview resumes at step 3, from IndexedDB.
  await page.goto('/');
  await page.goto('/huong-dan');
  const item = listed(page, 'activate');
  await expect(item).toHaveAttribute('data-resume-step', '3');
  await item.click();
  await expect(page).toHaveURL(/\/activate\/id-phone$/);
  await page.goto('/huong-dan/activate');
  await expect(page.locator('a[data-action="restart-tutorial"]')).toHaveAttribute('href', '/huong-dan/activate/sms');
  await page.locator('a[data-action="continue-tutorial"]').click();
  await expect(page).toHaveURL(/\/activate\/id-phone$/);
});

test("I'm stuck opens the matching fix, with a way back to the step", async ({ page }) => {
  // A step with one fix still asks (the fix, another problem, the hotline).
  await page.goto('/huong-dan/activate/password');
  await stuck(page).click();
  await page.locator('[data-stuck-choices] [data-fix="forgot-password"]').click();
  await expect(page).toHaveURL(/\/huong-dan\/fix-problems\/forgot-password\?tu=activate%2Fpassword$/);
  await page.locator('a[data-action="back-to-step"]').click();
  await expect(page).toHaveURL(/\/huong-dan\/activate\/password$/);

  // A step with several fixes asks which problem it is.
  await page.goto('/huong-dan/activate/otp');
  await stuck(page).click();
  const choices = page.getByRole('region').and(page.locator('[data-stuck-choices]'));
  await expect(choices.getByRole('heading')).toBeFocused();
  await expect(choices.getByRole('listitem')).toHaveCount(3); // two fixes and "another problem"
  await expect(choices.locator('a[data-action="hotline-call"]')).toHaveAttribute('href', 'tel:19000368');
  await expect(choices.locator('a[data-action="hotline-call"]')).toContainText('1900 0368'); // the number, as people dial it
  await choices.getByRole('listitem').first().getByRole('link').click();
  await expect(page).toHaveURL(/\/fix-problems\/otp-not-received\?tu=activate%2Fotp$/);
  await expect(scamWarning(page)).toBeVisible();
  await expectNoAxeViolations(page);
  // Fixed it: "I did this" on the fix returns to the step the person was on.
  await didThis(page).click();
  await expect(page).toHaveURL(/\/huong-dan\/activate\/otp$/);
});

test('every step opens directly by its URL (a QR code); unknown ones say so', async ({ page }) => {
  await page.goto('/huong-dan/activate/passcode');
  await expect(position(page, 6, 8)).toBeVisible();
  // The document title starts with the step's own title (its h1), as tabs and history show it.
  const title = (await h1(page).textContent())!;
  expect(title.length).toBeGreaterThan(0);
  expect((await page.title()).startsWith(`${title} · `)).toBe(true);
  await page.goto('/huong-dan/activate/no-such-step');
  await expect(page.locator('[data-not-found="step"]')).toBeVisible();
  await page.locator('a[data-action="first-step"]').click();
  await expect(page).toHaveURL(/\/activate\/sms$/);
  await page.goto('/huong-dan/no-such-guide/otp');
  await expect(page.locator('[data-not-found="tutorial"]')).toBeVisible();
});

test('the tutorials work offline after the first visit', async ({ page }) => {
  const server = await startServer();
  try {
    await page.goto(server.url + '/huong-dan/activate/sms');
    await expect(position(page, 1, 8)).toBeVisible();
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await page.reload();
    await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
  } finally {
    await server.stop();
  }
  await didThis(page).click();
  await expect(page).toHaveURL(/\/activate\/open$/);
  await expect(page.locator('.step-illustration svg')).toBeVisible();
  // Another tutorial, never opened before, by its URL: precached with the app.
  await page.goto(server.url + '/huong-dan/install/check-publisher');
  await expect(position(page, 3, 5)).toBeVisible();
  await stuck(page).click();
  await page.locator('[data-stuck-choices] [data-fix]').first().click();
  await expect(page).toHaveURL(/\/fix-problems/);
  await page.goto(server.url + '/huong-dan');
  await expect(page.locator('.guide-list > li')).toHaveCount(TUTORIALS.length);
});

test('read aloud appears only with a Vietnamese voice and speaks Vietnamese', async ({ browser }) => {
  const withVoices = async (voices: { lang: string; name: string }[]) => {
    const context = await browser.newContext();
    await context.addInitScript((list) => {
      const spoken: { text: string; lang: string }[] = [];
      (window as unknown as { spoken: typeof spoken }).spoken = spoken;
      const fake = list.map((v) => ({ ...v, localService: true, default: false, voiceURI: v.name }));
      class Utterance {
        text: string;
        lang = '';
        voice: unknown = null;
        rate = 1;
        onend: (() => void) | null = null;
        onerror: (() => void) | null = null;
        constructor(text: string) {
          this.text = text;
        }
      }
      Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance });
      const synth = window.speechSynthesis;
      Object.defineProperty(synth, 'getVoices', { value: () => fake });
      Object.defineProperty(synth, 'speak', { value: (u: Utterance) => spoken.push({ text: u.text, lang: u.lang }) });
      Object.defineProperty(synth, 'cancel', { value: () => undefined });
    }, voices);
    const page = await context.newPage();
    await page.goto('/huong-dan/activate/otp');
    await expect(position(page, 4, 8)).toBeVisible();
    return { page, context };
  };

  const english = await withVoices([{ lang: 'en-US', name: 'Samantha' }]);
  await expect(english.page.locator('button[data-action="read-aloud"]')).toHaveCount(0);
  await english.context.close();

  const vietnamese = await withVoices([
    { lang: 'en-US', name: 'Samantha' },
    { lang: 'vi-VN', name: 'Linh' },
  ]);
  const { page } = vietnamese;
  const readAloud = page.locator('button[data-action="read-aloud"]');
  await readAloud.click();
  await expect(readAloud).toHaveAttribute('data-speaking', 'yes');
  const spoken = await page.evaluate(() => (window as unknown as { spoken: { text: string; lang: string }[] }).spoken);
  expect(spoken.length).toBeGreaterThan(0);
  expect(spoken.every((u) => u.lang === 'vi-VN')).toBe(true);
  // The step it reads is the one on the screen: its title (the h1, in Vietnamese here) is spoken first.
  expect(spoken.map((u) => u.text).join(' ')).toContain((await h1(page).textContent())!);
  expect(spoken.map((u) => u.text).join(' ')).not.toContain('**');
  await vietnamese.context.close();
});

test('large text and a 320 px screen: the step still fits, with big targets', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 700 });
  await page.addInitScript(() => localStorage.setItem('vneid-guide:settings', JSON.stringify({ largeText: true, highContrast: false })));
  await page.goto('/huong-dan/activate/otp');
  await expect(page.locator('html')).toHaveClass(/large-text/);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  for (const button of [didThis(page), stuck(page), nextStep(page)]) {
    const box = await button.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThanOrEqual(48);
  }
  await expectNoAxeViolations(page);
});

test('axe finds no violations on the list, every overview and every first step, in both languages', async ({ page }) => {
  test.setTimeout(240_000); // two axe runs per tutorial, on a shared, loaded machine
  await page.goto('/huong-dan');
  await expect(page.locator('.guide-list > li')).toHaveCount(TUTORIALS.length);
  await expectNoAxeViolations(page);
  for (const id of TUTORIALS) {
    await page.goto(`/huong-dan/${id}`);
    await expect(page.locator('.step-list')).toBeVisible();
    await expectNoAxeViolations(page);
    await page.locator('.step-list a').first().click();
    await expect(page.locator('.step-illustration svg')).toBeVisible();
    await expectNoAxeViolations(page);
  }
  await page.goto('/huong-dan/activate/otp?lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(position(page, 4, 8)).toBeVisible();
  await expectNoAxeViolations(page);
});
