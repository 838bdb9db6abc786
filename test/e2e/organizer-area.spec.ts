import { expect, test } from '@playwright/test';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { encodeWindows1258 } from '../support/windows-1258';
import { expectNoAxeViolations } from './support/axe';
import { addSession, dashboardOnItsOwn, openSection, publishDraft } from './support/dashboard';
import { installServiceWorker } from './support/device';
import { decodeQrPng } from './support/qr';
import { freePort, startServer, type RunningServer } from './support/server';

// Issue 12, an organizer of one commune: adds a mobile session for tomorrow and publishes it; a
// phone that visited before shows it, offline too; the team's printed card carries a QR that opens
// it; another province's organizer gets 403 and does not see it; a spreadsheet round trip with a
// wrong row and a Windows-1258 file; the versions screen compares two versions and logs who did what.

const ADMIN = { name: 'quan-tri', password: 'mật khẩu quản trị e2e' };
const COMMUNE = { name: 'xa-cho-lon', password: 'mật khẩu xã Chợ Lớn e2e', scope: '79-27343' };
const OTHER = { name: 'tinh-khanh-hoa', password: 'mật khẩu tỉnh Khánh Hòa e2e', scope: '56' };
const UNIT = 'Công an phường Chợ Lớn (thử)';
const VENUE = 'hcm-q5-nvh'; // Phường Chợ Lớn
const NOTE = 'Buổi của xã: mang CCCD gắn chip';

/** Tomorrow in Vietnam (UTC+7), as the finder counts days. */
const tomorrow = new Date(Date.now() + 7 * 3_600_000 + 86_400_000).toISOString().slice(0, 10);
const later = new Date(Date.now() + 7 * 3_600_000 + 8 * 86_400_000).toISOString().slice(0, 10);

test.describe.configure({ mode: 'serial' });
test.setTimeout(240_000);

test('a commune organizer publishes a session, prints its team card, edits by spreadsheet; another province is refused', async ({
  browser,
}) => {
  const port = await freePort();
  const env = { DATA_DIR: mkdtempSync(join(tmpdir(), 'vneid-area-')), ORGANIZER_NAME: ADMIN.name, ORGANIZER_PASSWORD: ADMIN.password };
  const server: RunningServer = await startServer({ port, env });
  const phoneContext = await browser.newContext({ locale: 'vi-VN' });
  const phone = await phoneContext.newPage();
  try {
    // The admin sets the unit and makes the two scoped accounts.
    const admin = await dashboardOnItsOwn(browser, server.url, ADMIN, '#tai-khoan');
    for (const account of [COMMUNE, OTHER])
      expect((await admin.request.post(server.url + '/api/dashboard/organizers', { data: account })).status()).toBeLessThan(300);
    const identity = await admin.request.post(server.url + '/api/dashboard/identity', {
      data: { unit: UNIT, area: 'Phường Chợ Lớn, TP. Hồ Chí Minh', hotlines: [{ number: '028 3855 0000', label: 'Trực ban phường' }] },
    });
    expect(identity.status()).toBe(200);

    // The phone visited before: the app installed, the province's data and the pack key kept.
    await phone.goto(server.url + '/diem');
    await installServiceWorker(phone);
    await phone.goto(`${server.url}/diem/${VENUE}`);
    await expect(phone.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(phone.locator(`li.session[data-session-date="${tomorrow}"]`)).toHaveCount(0);

    // The commune's organizer adds a session for tomorrow and publishes.
    const commune = await dashboardOnItsOwn(browser, server.url, COMMUNE, '#diem');
    await expect(commune.locator(`[data-scope="${COMMUNE.scope}"]`)).toBeVisible();
    await expect(commune.locator('[data-latest-version="0"]')).toBeVisible();
    await addSession(commune, { date: tomorrow, from: '07:30', to: '11:00', place: VENUE, note: NOTE });
    await expect(commune.locator('[data-change="added"]')).toHaveCount(1);
    const sessionId = (await commune.locator('[data-change="added"]').getAttribute('data-entry-id'))!;
    await publishDraft(commune, 'Thêm buổi lưu động ngày mai', 1);

    // The phone shows it, then offline too.
    await phone.goto(`${server.url}/diem/${VENUE}`);
    const onPhone = phone.locator(`li.session[data-session-id="${sessionId}"][data-session-date="${tomorrow}"]`);
    await expect(onPhone).toContainText(NOTE);
    await phoneContext.setOffline(true);
    await phone.reload();
    await expect(onPhone).toContainText(NOTE);
    await phoneContext.setOffline(false);

    // The team's card: the unit, the warning, and a QR that opens the session in the finder.
    await commune.locator('[data-action="show-team-cards"]').click();
    await expect(commune.locator('[data-team-cards-ready="yes"]')).toBeVisible();
    const card = commune.locator(`main [data-team-card="${sessionId}"]`);
    await expect(card).toContainText(UNIT);
    await expect(card.locator('[data-warning="never-asks"]')).toBeVisible();
    const link = await decodeQrPng(commune.context(), await card.locator('svg').screenshot());
    expect(link).toBe(`${server.url}/diem/${VENUE}#${sessionId}`);
    await phone.goto(link!);
    await expect(onPhone).toBeVisible();
    await expectNoAxeViolations(commune);
    await commune.emulateMedia({ media: 'print' });
    await expect(commune.locator(`#team-card-print-root [data-team-card="${sessionId}"]`)).toBeVisible();
    await expect(commune.locator('main')).toBeHidden();
    await commune.emulateMedia({ media: 'screen' });

    // Another province's organizer: 403 from the API, and nothing of the commune on the page.
    const other = await dashboardOnItsOwn(browser, server.url, OTHER, '#diem');
    expect((await other.request.get(server.url + '/api/dashboard/points/ho-chi-minh/draft')).status()).toBe(403);
    expect((await other.request.get(server.url + '/api/dashboard/sheets/ho-chi-minh/file')).status()).toBe(403);
    expect((await other.request.get(server.url + '/api/dashboard/change-log/ho-chi-minh')).status()).toBe(403);
    await expect(other.locator('[data-latest-version]')).toBeVisible();
    await expect(other.locator('#province option[value="ho-chi-minh"]')).toHaveCount(0);
    await expect(other.locator(`[data-entry-id="${sessionId}"]`)).toHaveCount(0);

    // Spreadsheet round trip: download for Vietnamese Excel, add a good row and a wrong one.
    const [download] = await Promise.all([
      commune.waitForEvent('download'),
      commune.locator('[data-action="download-csv-semicolon"]').click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1).trimEnd();
    expect(text).toContain(sessionId);
    expect(text).toContain('Nhà văn hóa'); // a place's name, its diacritics intact in the file
    const header = text.split('\r\n')[0]!.split(';');
    const row = (cells: Record<string, string>) => header.map((h) => cells[h] ?? '').join(';');
    const good = row({
      entry: 'buổi',
      id: 'buoi-bang-tinh',
      place: VENUE,
      dates: later,
      times: '13:30-16:30',
      services: 'level2 help',
      source: 'Tổ lưu động phường Chợ Lớn',
    });
    const wrong = row({
      entry: 'buổi',
      id: 'buoi-sai',
      place: VENUE,
      dates: later,
      times: '25:00-26:00',
      services: 'level2',
      source: 'Tổ',
    });
    const wrongRow = text.split('\r\n').length + 2;
    const upload = (name: string, buffer: Buffer) =>
      commune.locator('[data-action="upload-csv"]').setInputFiles({ name, mimeType: 'text/csv', buffer });

    await upload('diem-sai.csv', Buffer.from('\uFEFF' + [text, good, wrong].join('\r\n') + '\r\n'));
    const preview = commune.locator('[data-sheet-preview]');
    await expect(preview.locator(`[data-problem-row="${wrongRow}"][data-problem-column="times"]`)).toBeVisible();
    await expect(commune.locator('[data-action="publish-sheet"]')).toHaveCount(0);
    await expectNoAxeViolations(commune);

    // Saved by Excel as "CSV (comma delimited)" on Vietnamese Windows: refused, nothing published.
    await upload('diem-1258.csv', Buffer.from(encodeWindows1258([text, good].join('\r\n'))));
    await expect(commune.locator('[data-sheet-refused="not_utf8"]')).toContainText('CSV UTF-8');
    await expect(commune.locator('[data-latest-version="1"]')).toBeVisible();

    await upload('diem-dung.csv', Buffer.from('\uFEFF' + [text, good].join('\r\n') + '\r\n'));
    await expect(commune.locator('[data-sheet-preview][data-problems="0"][data-changes="1"]')).toBeVisible();
    await expect(preview.locator('[data-change="added"][data-entry-id="buoi-bang-tinh"]')).toBeVisible();
    await commune.locator('#sheet-note').fill('Buổi chiều theo bảng tính');
    await commune.locator('[data-action="publish-sheet"]').click();
    await expect(commune.locator('[data-latest-version="2"]')).toBeVisible();
    await phone.goto(`${server.url}/diem/${VENUE}`);
    await expect(phone.locator(`li.session[data-session-id="buoi-bang-tinh"][data-session-date="${later}"]`)).toBeVisible();

    // Versions: what changed from 1 to 2, and the log of the commune's changes with who made them.
    await openSection(commune, '#phien-ban');
    await commune.locator('#compare-from').selectOption('1');
    await commune.locator('#compare-to').selectOption('2');
    await commune.locator('[data-action="compare"]').click();
    await expect(commune.locator('[data-compared="1|2"] [data-change="added"][data-entry-id="buoi-bang-tinh"]')).toBeVisible();
    await expect(commune.locator('tr[data-log-action="publish"]')).toHaveCount(2);
    await expect(commune.locator(`tr[data-log-entry="${sessionId}"]`).first()).toContainText(COMMUNE.name);
    await expectNoAxeViolations(commune);
  } finally {
    await server.stop();
  }
});
