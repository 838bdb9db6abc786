import { expect, test, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { expectNoAxeViolations } from './support/axe';
import { VIETNAMESE_LETTERS } from './support/screen';

// The eligibility checker on a phone: every question screen, the result, a changed answer, the
// shared link reopened elsewhere, a broken link, and the card's QR code read from a photo.
// Outcomes and questions are asserted by id (data-outcome, data-question), never by wording.

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

// A synthetic card (vneid-facts.md §5): no real person's data. Its Vietnamese name and address are
// data the page must never show, so they stay as text.
const CARD_ID = '001090123456';
const CARD_LINE = `${CARD_ID}||NGUYỄN VĂN A|01011990|Nam|Số 1, Phường X, Tỉnh Y|15042021`;

const question = (page: Page) => page.locator('[data-question]');
const outcome = (page: Page) => page.locator('[data-outcome]');
const startAgain = (page: Page) => page.getByRole('link').and(page.locator('[data-action="start-again"]'));
const cardQrReader = (page: Page) => page.getByRole('region').and(page.locator('[data-card-qr]'));
const cardQrPhoto = (page: Page) => cardQrReader(page).locator('input[type="file"]');
const action = (page: Page, name: string) => page.getByRole('button').and(page.locator(`[data-action="${name}"]`));

/** Answers the question asked (by its id) with one of its answers (by id), and waits for what comes next. */
async function answer(page: Page, asked: string, option: string, next: { question?: string; outcome?: string }) {
  await page
    .locator(`[data-question="${asked}"]`)
    .getByRole('link')
    .and(page.locator(`[data-answer="${option}"]`))
    .click();
  if (next.question) await expect(question(page)).toHaveAttribute('data-question', next.question);
  if (next.outcome) await expect(outcome(page)).toHaveAttribute('data-outcome', next.outcome);
}

async function noSideways(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test('complete the checker, change one answer, go back, and reopen the shared link elsewhere', async ({ page, browser }) => {
  test.setTimeout(90_000); // eleven screens, each checked by axe, on a shared machine
  await page.goto('/kiem-tra');
  await expect(question(page)).toHaveAttribute('data-question', 'nationality');
  await expectNoAxeViolations(page);
  await noSideways(page);

  await answer(page, 'nationality', 'vn', { question: 'age' });
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page);
  await answer(page, 'age', 'age14plus', { question: 'status' });
  await expectNoAxeViolations(page);
  await answer(page, 'status', 'never', { question: 'card' });
  await expectNoAxeViolations(page);
  await answer(page, 'card', 'chip', { question: 'sim' });
  await expectNoAxeViolations(page);
  await answer(page, 'sim', 'own', { question: 'phone' });
  await expectNoAxeViolations(page);
  await answer(page, 'phone', 'nfc', { outcome: 'level1-app' });
  await expect(page).toHaveURL(/\/kiem-tra\?a=nv-a14-tn-cc-so-pn$/);
  await expect(page.locator('[data-waiting]')).toHaveAttribute('data-waiting', '1');
  await expect(page.locator('a[href="/huong-dan/install"]')).toBeVisible();
  await expect(page.locator('a[href="/diem?dv=help"]')).toBeVisible();
  await expectNoAxeViolations(page);
  await noSideways(page);

  // Change one answer from the summary: the other answers are kept.
  await page.locator('[data-summary="phone"]').getByRole('link').click();
  await expect(question(page)).toHaveAttribute('data-question', 'phone');
  await expect(page.locator('[aria-current="true"]')).toHaveAttribute('data-answer', 'nfc');
  await expectNoAxeViolations(page);
  await answer(page, 'phone', 'none', { outcome: 'level2-police' });
  await expect(page.locator('[data-blocker]')).toHaveAttribute('data-blocker', 'no-smartphone');
  await expect(page.locator('a[href="/diem?dv=level2"]').first()).toBeVisible();
  await expect(page).toHaveURL(/\?a=nv-a14-tn-cc-so-px$/);

  // Browser back goes back through the screens.
  await page.goBack();
  await expect(question(page)).toHaveAttribute('data-question', 'phone');
  await page.goBack();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'level1-app');
  await page.goForward();
  await page.goForward();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'level2-police');

  // The link, opened on "another phone", shows the same result.
  const shared = page.url();
  const title = await page.getByRole('heading', { level: 1 }).textContent();
  const other = await browser.newContext({ viewport: { width: 360, height: 740 }, isMobile: true, locale: 'vi-VN' });
  const phone2 = await other.newPage();
  await phone2.goto(shared);
  await expect(outcome(phone2)).toHaveAttribute('data-outcome', 'level2-police');
  await expect(phone2.getByRole('heading', { level: 1 })).toHaveText(title ?? '');
  await other.close();

  // Start again clears everything.
  await startAgain(page).click();
  await expect(question(page)).toHaveAttribute('data-question', 'nationality');
  await expect(page).toHaveURL(/\/kiem-tra$/);
});

test('a broken link keeps the valid answers and says which were dropped', async ({ page }) => {
  await page.goto('/kiem-tra?a=nv-a99-zz-tn');
  // The age answer was unusable: it is asked again; the status answer waits for its turn.
  await expect(question(page)).toHaveAttribute('data-question', 'age');
  await expect(page.locator('[data-dropped]')).toHaveAttribute('data-dropped', 'age ?');
  await expect(page.getByRole('note').first()).toBeVisible();
  await expectNoAxeViolations(page);
  await answer(page, 'age', 'age14plus', { question: 'card' });
  await expect(page.locator('[data-dropped]')).toHaveCount(0);

  await page.goto('/kiem-tra?a=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(question(page)).toHaveAttribute('data-question', 'nationality');
  await expect(page.locator('[data-dropped]')).toBeVisible();
});

test('the card QR code read from a photo fills in the age and card type, and nothing else is kept', async ({ page }) => {
  await page.goto('/kiem-tra?a=nv');
  await expect(question(page)).toHaveAttribute('data-question', 'age');
  await action(page, 'read-card-qr').click();
  await expect(cardQrReader(page).getByRole('heading', { level: 2 })).toBeFocused();
  await expectNoAxeViolations(page);

  const photo = cardQrPhoto(page);
  // A QR code that is not a card's is refused with a message.
  await photo.setInputFiles({
    name: 'link.png',
    mimeType: 'image/png',
    buffer: await QRCode.toBuffer('https://vneid.gov.vn/', { scale: 8 }),
  });
  await expect(page.getByRole('alert')).toBeVisible();

  await photo.setInputFiles({ name: 'card.png', mimeType: 'image/png', buffer: await QRCode.toBuffer(CARD_LINE, { scale: 8 }) });
  const read = page.locator('[data-read-age]');
  await expect(read).toHaveAttribute('data-read-age', 'age14plus');
  await expect(read).toHaveAttribute('data-read-card', 'chip');
  await expectNoAxeViolations(page);
  const text = await page.locator('body').innerText();
  for (const secret of [CARD_ID, 'NGUYỄN VĂN A', '01011990', 'Phường X']) expect(text).not.toContain(secret);

  await action(page, 'use-card-answers').click();
  await expect(question(page)).toHaveAttribute('data-question', 'status');
  await expect(page).toHaveURL(/\?a=nv-a14-cc$/);
  // The card question is skipped when reached: the QR code already answered it.
  await answer(page, 'status', 'never', { question: 'sim' });

  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain(CARD_ID);
});

test('a birth date gives the age group and never reaches the URL', async ({ page }) => {
  await page.goto('/kiem-tra?a=nv');
  const birthDate = page.locator('[data-birth-date]');
  await birthDate.locator('summary').click();
  await birthDate.locator('input[type="date"]').fill('2015-05-01');
  await birthDate.getByRole('button').click();
  await expect(question(page)).toHaveAttribute('data-question', 'card');
  await expect(page).toHaveURL(/\?a=nv-a6$/);
  // The new Căn cước card, issued to children too, is among the answers.
  await expect(question(page).getByRole('link').and(page.locator('[data-answer="canCuoc"]'))).toBeVisible();
  await answer(page, 'card', 'none', { outcome: 'child-card-first' });
  await expectNoAxeViolations(page);
});

test('a refused or missing camera says so and offers the photo instead', async ({ page }) => {
  await page.goto('/kiem-tra?a=nv-a14-tn');
  await action(page, 'read-card-qr').click();
  await action(page, 'start-camera').click();
  await expect(cardQrReader(page).getByRole('alert')).toBeVisible();
  await expect(cardQrPhoto(page)).toBeFocused();
  await expectNoAxeViolations(page);
});

test('the result reads in English, from the same link', async ({ page }) => {
  await page.goto('/kiem-tra?lang=en&a=nv-a14-ta-pn');
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'activate-now');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-summary]').first()).toBeVisible();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(VIETNAMESE_LETTERS);
  await expectNoAxeViolations(page);
});

test('with an old ID card, the next steps start with going to make the card, not with waiting', async ({ page }) => {
  await page.goto('/kiem-tra?a=nv-a14-tn-co');
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'card-first');
  const steps = page.locator('[data-next-steps] > li');
  await expect(steps.first()).toHaveAttribute('data-step', 'go');
  await expect(steps.first().locator('a[href="/diem?dv=card"]')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('questions that cannot change the outcome are skipped: no SIM or phone after an old card, no phone after a SIM not in one’s name', async ({
  page,
}) => {
  await page.goto('/kiem-tra?a=nv-a14-tn');
  await expect(question(page)).toHaveAttribute('data-question', 'card');
  await page.locator('[data-question="card"] [data-answer="old"]').click();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'card-first');
  await expect(page).toHaveURL(/\?a=nv-a14-tn-co$/);
  await expectNoAxeViolations(page);

  await page.goto('/kiem-tra?a=nv-a14-tn-cc');
  await page.locator('[data-question="sim"] [data-answer="other"]').click();
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'sim-first');
  await expect(page).toHaveURL(/\?a=nv-a14-tn-cc-sk$/);
});

test('a barcode card: sent to ask the police first, and what is not confirmed is said once, in one note', async ({ page }) => {
  await page.goto('/kiem-tra?a=nv-a14-tn');
  await page.locator('[data-question="card"] [data-answer="barcode"]').click();
  while ((await outcome(page).count()) === 0) {
    // Answer whatever is still asked with its first choice, until the result shows.
    await expect(question(page).or(outcome(page)).first()).toBeVisible();
    if ((await outcome(page).count()) > 0) break;
    await page.locator('[data-question] [data-answer]').first().click();
  }
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'barcode-card-police');
  const note = page.locator('[data-unconfirmed-note]');
  await expect(note).toHaveCount(1);
  // The outcome's, the blocker's, the bring list's and the decree's caveats: all in the one note.
  expect(await note.locator('li').count()).toBeGreaterThanOrEqual(3);
  await expect(page.locator('[data-blocker] .unconfirmed, .checker-result .unconfirmed')).toHaveCount(0);
  await expectNoAxeViolations(page);
});
