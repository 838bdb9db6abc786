import { expect, test, type Page } from '@playwright/test';
import QRCode from 'qrcode';
import { expectNoAxeViolations } from './support/axe';

// The eligibility checker on a phone: every question screen, the result, a changed answer, the
// shared link reopened elsewhere, a broken link, and the card's QR code read from a photo.
// Outcomes and questions are asserted by id (data-outcome, data-question), never by wording.

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

// A synthetic card (vneid-facts.md §5): no real person's data.
const CARD_ID = '001090123456';
const CARD_LINE = `${CARD_ID}||NGUYỄN VĂN A|01011990|Nam|Số 1, Phường X, Tỉnh Y|15042021`;

const question = (page: Page) => page.locator('[data-question]');
const outcome = (page: Page) => page.locator('[data-outcome]');

async function answer(page: Page, name: string, next: { question?: string; outcome?: string }) {
  await page.getByRole('link', { name, exact: true }).click();
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

  await answer(page, 'Có, công dân Việt Nam', { question: 'age' });
  await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
  await expectNoAxeViolations(page);
  await answer(page, 'Từ 14 tuổi trở lên', { question: 'status' });
  await expectNoAxeViolations(page);
  await answer(page, 'Chưa đăng ký', { question: 'card' });
  await expectNoAxeViolations(page);
  await answer(page, 'Thẻ Căn cước công dân gắn chip', { question: 'sim' });
  await expectNoAxeViolations(page);
  await answer(page, 'Có, số đứng tên tôi', { question: 'phone' });
  await expectNoAxeViolations(page);
  await answer(page, 'Điện thoại Android có NFC', { outcome: 'level1-app' });
  await expect(page).toHaveURL(/\/kiem-tra\?a=nv-a14-tn-cc-so-pn$/);
  await expect(page.locator('[data-waiting]')).toHaveAttribute('data-waiting', '1');
  await expect(page.locator('a[href="/huong-dan/install"]')).toBeVisible();
  await expect(page.locator('a[href="/diem?dv=help"]')).toBeVisible();
  await expectNoAxeViolations(page);
  await noSideways(page);

  // Change one answer from the summary: the other answers are kept.
  await page.getByRole('link', { name: 'Đổi Điện thoại' }).click();
  await expect(question(page)).toHaveAttribute('data-question', 'phone');
  await expect(page.locator('[aria-current="true"]')).toHaveAttribute('data-answer', 'nfc');
  await expectNoAxeViolations(page);
  await answer(page, 'Không có điện thoại thông minh', { outcome: 'level2-police' });
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
  await page.getByRole('link', { name: 'Làm lại từ đầu' }).click();
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
  await answer(page, 'Từ 14 tuổi trở lên', { question: 'card' });
  await expect(page.locator('[data-dropped]')).toHaveCount(0);

  await page.goto('/kiem-tra?a=%3Cscript%3Ealert(1)%3C%2Fscript%3E');
  await expect(question(page)).toHaveAttribute('data-question', 'nationality');
  await expect(page.locator('[data-dropped]')).toBeVisible();
});

test('the card QR code read from a photo fills in the age and card type, and nothing else is kept', async ({ page }) => {
  await page.goto('/kiem-tra?a=nv');
  await expect(question(page)).toHaveAttribute('data-question', 'age');
  await page.getByRole('button', { name: 'Đọc mã QR trên thẻ căn cước' }).click();
  await expect(page.getByRole('heading', { name: 'Đọc mã QR trên thẻ' })).toBeFocused();
  await expectNoAxeViolations(page);

  const photo = page.getByLabel('Hoặc chọn ảnh chụp mã QR trên thẻ');
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

  await page.getByRole('button', { name: 'Dùng các câu trả lời này' }).click();
  await expect(question(page)).toHaveAttribute('data-question', 'status');
  await expect(page).toHaveURL(/\?a=nv-a14-cc$/);
  // The card question is skipped when reached: the QR code already answered it.
  await answer(page, 'Chưa đăng ký', { question: 'sim' });

  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }));
  expect(stored).not.toContain(CARD_ID);
});

test('a birth date gives the age group and never reaches the URL', async ({ page }) => {
  await page.goto('/kiem-tra?a=nv');
  await page.getByText('Tính theo ngày sinh').click();
  await page.getByLabel('Ngày sinh').fill('2015-05-01');
  await page.getByRole('button', { name: 'Tính nhóm tuổi và tiếp tục' }).click();
  await expect(question(page)).toHaveAttribute('data-question', 'card');
  await expect(page).toHaveURL(/\?a=nv-a6$/);
  await expect(page.getByRole('link', { name: 'Thẻ Căn cước mới (cấp từ 01/7/2024)' })).toBeVisible();
  await answer(page, 'Chưa có thẻ', { outcome: 'child-card-first' });
  await expectNoAxeViolations(page);
});

test('a refused or missing camera says so and offers the photo instead', async ({ page }) => {
  await page.goto('/kiem-tra?a=nv-a14-tn');
  await page.getByRole('button', { name: 'Đọc mã QR trên thẻ căn cước' }).click();
  await page.getByRole('button', { name: 'Mở camera' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByLabel('Hoặc chọn ảnh chụp mã QR trên thẻ')).toBeFocused();
  await expectNoAxeViolations(page);
});

test('the result reads in English, from the same link', async ({ page }) => {
  await page.goto('/kiem-tra?lang=en&a=nv-a14-ta-pn');
  await expect(outcome(page)).toHaveAttribute('data-outcome', 'activate-now');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { name: 'Your answers' })).toBeVisible();
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
