import { expect, test, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoAxeViolations } from './support/axe';
import { dashboardLogin } from './support/dashboard';
import { installServiceWorker, pendingOnDevice } from './support/device';
import { startServer, type RunningServer } from './support/server';

// Issue 19: counts by commune reach the organizer's daily report on the right rows, by name: a
// phone opened from a poster made for one commune, a kiosk and a volunteer team in others; the
// shared version hides small counts; the print layout is one A4 page per 30 communes.

const ORGANIZER = { name: 'bcd06-e2e', password: 'mật khẩu thử nghiệm báo cáo' };
const THANH_HOA = '38';
const QUANG_TRUNG = '38-14818';
const BIM_SON = '38-14812';
const HAC_THANH = '38-14797';

let server: RunningServer;
test.beforeEach(async () => {
  server = await startServer({ env: { ORGANIZER_NAME: ORGANIZER.name, ORGANIZER_PASSWORD: ORGANIZER.password } });
});
test.afterEach(async () => server.stop());

const localDay = (page: Page) =>
  page.evaluate(() => {
    const d = new Date();
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  });

async function post(page: Page, counters: object[]): Promise<void> {
  // Letters only: the server refuses a batch id with a run of 8 digits (it could be a phone number).
  const batchId = `e2e-batch-${crypto.randomUUID().replace(/[0-9-]/g, (d) => 'abcdefghijk'.charAt('0123456789-'.indexOf(d)))}`;
  const res = await page.request.post(server.url + '/api/counts', { data: { batchId, counters } });
  expect(res.status(), await res.text()).toBe(200);
}

test('counts from a commune poster, a kiosk and a volunteer land on the right named rows of the daily report', async ({
  page,
  context,
}) => {
  test.setTimeout(180_000);
  // The organizer makes a poster for Phường Quang Trung (picked from the province and commune lists) with a source tag.
  await page.goto(server.url + '/ap-phich');
  await page.locator('#poster-province-code').selectOption(THANH_HOA);
  await page.locator('#poster-commune-code').selectOption(QUANG_TRUNG);
  await page.locator('#poster-src').fill('cho-qt');
  await expect(page.getByText(`dp=${QUANG_TRUNG}`).first()).toBeVisible();
  const link = (await page.getByText(`dp=${QUANG_TRUNG}`).first().textContent())!.match(/https?:\/\/\S+dp=[0-9-]+/)![0];
  expect(link).toContain('src=cho-qt');

  // A citizen scans it, then gets a checker result in the same visit: both count for the commune.
  const phone = await context.newPage();
  await phone.goto(link);
  await installServiceWorker(phone);
  await phone.goto(server.url + '/kiem-tra?a=nv-a14-tn-cc-so-px');
  await expect(phone.locator('[data-outcome]')).toHaveAttribute('data-outcome', 'level2-police');
  await expect.poll(() => pendingOnDevice(phone), { timeout: 30_000 }).toBe(0);

  // A kiosk in Phường Bỉm Sơn and a volunteer team in Phường Hạc Thành send what they counted.
  const day = await localDay(page);
  const base = { day, version: '0.1.0' };
  await post(page, [
    { ...base, channel: 'kiosk', hour: 9, locality: BIM_SON, source: 'nvh-bs', event: 'kiosk_session_start', n: 7 },
    { ...base, channel: 'kiosk', hour: 9, locality: BIM_SON, source: 'nvh-bs', event: 'checker_outcome', param: 'card-first', n: 6 },
  ]);
  await post(page, [
    { ...base, channel: 'volunteer', locality: HAC_THANH, source: 'doi-3', event: 'volunteer_tally', param: 'activated-level1', n: 6 },
    { ...base, channel: 'volunteer', locality: HAC_THANH, source: 'doi-3', event: 'volunteer_tally', param: 'nobody-home', n: 2 },
  ]);
  // And 40 communes missing from the list, for the print layout's page count.
  await post(
    page,
    Array.from({ length: 40 }, (_, i) => ({
      ...base,
      channel: 'phone',
      locality: `38-${20000 + i}`,
      event: 'tutorial_stuck',
      param: 'activate/otp',
      n: 5 + i,
    })),
  );

  // The organizer's daily report for today (the 17:00 preset), Thanh Hóa, full numbers first.
  const dash = await context.newPage();
  await dashboardLogin(dash, server.url, ORGANIZER, '#bao-cao');
  await dash.locator('input[type="radio"][name="preset"][value="afternoon"]').check();
  await dash.locator('#place-province').selectOption(THANH_HOA);
  const shared = dash.locator('input[type="checkbox"][name="shared"]');
  await shared.uncheck();
  await expect(dash.locator(`[data-report-ready="${day}|${day}|38|full"]`)).toBeVisible();
  const row = (code: string) => dash.locator(`tr[data-locality="${code}"]`);
  const cell = (code: string, metric: string) => row(code).locator(`td[data-metric="${metric}"]`);
  // By name: the communes' names from the administrative list are what the report is read by.
  await expect(row(QUANG_TRUNG).getByRole('rowheader')).toHaveText('Phường Quang Trung');
  await expect(cell(QUANG_TRUNG, 'outcomes')).toHaveText('1');
  await expect(cell(QUANG_TRUNG, 'outcome_ready')).toHaveText('1');
  await expect(row(BIM_SON).getByRole('rowheader')).toHaveText('Phường Bỉm Sơn');
  await expect(cell(BIM_SON, 'kiosk_sessions')).toHaveText('7');
  await expect(cell(BIM_SON, 'outcome_prepare')).toHaveText('6');
  await expect(row(HAC_THANH).getByRole('rowheader')).toHaveText('Phường Hạc Thành');
  await expect(cell(HAC_THANH, 'households')).toHaveText('8');
  await expect(cell(HAC_THANH, 'households_activated')).toHaveText('6');
  await expect(dash.locator('tr[data-total="38"] td[data-metric="outcomes"]')).toHaveText('7');
  await expectNoAxeViolations(dash);

  // The shared version: the 1 and the 2 become "<5", and a total that would give them away is hidden too.
  await shared.check();
  await expect(dash.locator(`[data-report-ready="${day}|${day}|38|shared"]`)).toBeVisible();
  await expect(cell(QUANG_TRUNG, 'outcomes')).toHaveText('<5');
  await expect(cell(HAC_THANH, 'households')).toHaveText('8');
  await expect(cell(BIM_SON, 'kiosk_sessions')).toHaveText('7');

  // The print layout: 43 communes and a total on A4 pages of 30 communes: 2 pages.
  const dir = mkdtempSync(join(tmpdir(), 'report-pdf-'));
  try {
    await dash.emulateMedia({ media: 'print' });
    const pdf = join(dir, 'bao-cao.pdf');
    writeFileSync(pdf, await dash.pdf({ preferCSSPageSize: true, printBackground: true }));
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    expect(info).toMatch(/^Pages:\s+2$/m);
    expect(info).toMatch(/Page size:\s+84[12]\.\d+ x 59[45]\.\d+ pts \(A4\)/);
    execFileSync('pdftoppm', ['-r', '50', '-png', pdf, join(dir, 'page')]);
    for (const n of [1, 2]) expect(readFileSync(join(dir, `page-${n}.png`)).length).toBeGreaterThan(2000);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    expect(text).toContain('Phường Quang Trung'); // the printed page keeps the name, its diacritics intact
    expect(text.split('\f').filter((p) => p.trim()).length).toBe(2);
    await dash.emulateMedia({ media: 'screen' });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // CSV with codes beside names, and an .xlsx whose codes are text cells.
  const [csvDownload] = await Promise.all([dash.waitForEvent('download'), dash.locator('[data-download="csv"]').click()]);
  const csv = readFileSync((await csvDownload.path())!, 'utf8');
  expect(csv.startsWith('\uFEFF')).toBe(true);
  expect(csv).toContain(`38,Thanh Hóa,${QUANG_TRUNG},Phường Quang Trung,<5,`);
  const [xlsxDownload] = await Promise.all([dash.waitForEvent('download'), dash.locator('[data-download="xlsx"]').click()]);
  expect(xlsxDownload.suggestedFilename()).toMatch(/^bao-cao-ngay-\d{4}-\d{2}-\d{2}-38\.xlsx$/);
  const { unzipSync, strFromU8 } = await import('fflate');
  const files = unzipSync(readFileSync((await xlsxDownload.path())!));
  const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
  const strings = strFromU8(files['xl/sharedStrings.xml'] ?? new Uint8Array());
  // "38" is a string cell (t="s" or inline), never a number that Excel would show as 38 without its zero rules.
  expect(sheet).not.toMatch(/<c r="A2"[^>]*>\s*<v>38<\/v>/);
  expect(strings + sheet).toContain('Phường Quang Trung');
});
