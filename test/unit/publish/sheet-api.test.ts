import { describe, expect, it } from 'vitest';
import { readPack, type SignedPack } from '../../../src/core/publish/pack';
import { publishApp } from './publish-app';
import { encodeWindows1258 } from '../../support/windows-1258';

const S = '/api/dashboard/sheets/ho-chi-minh';

/** The publishing app; `as(name)` sends a file's bytes (text/csv) as that account. */
async function setup() {
  const { app, sessionOf } = await publishApp();
  const as = async (name: string) => {
    const cookie = await sessionOf(name);
    return (path: string, init: { method?: string; body?: string | Uint8Array; headers?: Record<string, string> } = {}) =>
      app.request(path, {
        method: init.method ?? 'GET',
        headers: { cookie, ...(init.body === undefined ? {} : { 'content-type': 'text/csv' }), ...init.headers },
        body: init.body as BodyInit | undefined,
      });
  };
  return { app, as };
}

type Preview = { basis: string; changes: { id: string; change: string }[]; problems: { row: number; column: string; message: string }[] };

describe('spreadsheet upload API', () => {
  it('a commune organizer downloads only their commune, previews an edited file, and publishes it as a version', async () => {
    const { app, as } = await setup();
    const commune = await as('cho-lon');
    const file = await commune(`${S}/file?sep=semicolon`);
    expect(file.headers.get('content-type')).toMatch(/text\/csv; charset=utf-8/);
    const text = (await file.text()).replace(/^\uFEFF/, '');
    const lines = text.trim().split('\r\n');
    expect(lines[0]!.startsWith('entry;id;name')).toBe(true);
    expect(text).toContain('hcm-q5-nvh');
    expect(text).not.toContain('hcm-cho-quan'); // another commune
    // One session added, one wrong row (hours), one row of another commune.
    const width = lines[0]!.split(';').length;
    const row = (cells: Record<string, string>) =>
      lines[0]!
        .split(';')
        .map((h) => cells[h] ?? '')
        .join(';');
    const added = row({
      entry: 'buổi',
      id: 'buoi-moi',
      place: 'hcm-q5-nvh',
      dates: '2026-12-09',
      times: '07:30-11:00',
      services: 'level2',
      source: 'Tổ lưu động',
    });
    expect(added.split(';')).toHaveLength(width);
    const wrong = row({
      entry: 'buổi',
      id: 'buoi-sai',
      place: 'hcm-q5-nvh',
      dates: '2026-12-10',
      times: '25:00-11:00',
      services: 'level2',
      source: 'Tổ',
    });
    const foreign = row({
      entry: 'buổi',
      id: 'buoi-ngoai',
      place: 'hcm-cho-quan',
      dates: '2026-12-10',
      times: '07:30-11:00',
      services: 'level2',
      source: 'Tổ',
    });
    const bad = [text.trim(), added, wrong, foreign].join('\r\n');
    const preview = (await (await commune(`${S}/preview`, { method: 'POST', body: bad })).json()) as Preview;
    const n = lines.length;
    expect(preview.problems.map((p) => [p.row, p.column])).toEqual([
      [n + 2, 'times'],
      [n + 3, 'place'],
    ]);
    expect(preview.problems[0]!.message).toMatch(new RegExp(`^row ${n + 2}, times: found .*25:00.*, expected `));
    const refused = await commune(`${S}/publish?note=x&basis=${preview.basis}`, { method: 'POST', body: bad });
    expect(refused.status).toBe(400);

    const good = [text.trim(), added].join('\r\n');
    const ok = (await (await commune(`${S}/preview`, { method: 'POST', body: good })).json()) as Preview;
    expect(ok.problems).toEqual([]);
    expect(ok.changes).toEqual([expect.objectContaining({ id: 'buoi-moi', change: 'added' })]);
    expect(
      (await commune(`${S}/publish?note=${encodeURIComponent('Tải bảng tính')}&basis=stale`, { method: 'POST', body: good })).status,
    ).toBe(409);
    const published = await commune(`${S}/publish?note=${encodeURIComponent('Tải bảng tính')}&basis=${ok.basis}`, {
      method: 'POST',
      body: good,
    });
    expect(await published.json()).toMatchObject({ version: 1 });
    const pack = readPack(((await (await app.request('/api/points/ho-chi-minh/pack')).json()) as SignedPack).pack, 'ho-chi-minh')!;
    expect(pack.sessions.map((s) => s.id)).toContain('buoi-moi');
    expect(pack.points.map((p) => p.id)).toContain('hcm-cho-quan'); // outside the commune: untouched
    // Removing a row removes the entry (the preview says so first).
    const without = [lines[0], ...lines.slice(1).filter((l) => !l.includes('buoi-moi'))].join('\r\n');
    const removal = (await (await commune(`${S}/preview`, { method: 'POST', body: without })).json()) as Preview;
    expect(removal.changes).toEqual([expect.objectContaining({ id: 'buoi-moi', change: 'removed' })]);
  });

  it('refuses a Windows-1258 file with how to save it as CSV UTF-8, and publishes nothing', async () => {
    const { app, as } = await setup();
    const admin = await as('admin');
    const text = (await (await admin(`${S}/file`)).text()).replace(/^\uFEFF/, '');
    const res = await admin(`${S}/preview`, { method: 'POST', body: encodeWindows1258(text) });
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: string; message: string };
    expect(body.error).toBe('not_utf8');
    expect(body.message).toContain('CSV UTF-8');
    expect((await admin(`${S}/publish?note=x&basis=x`, { method: 'POST', body: encodeWindows1258(text) })).status).toBe(400);
    expect(((await (await app.request('/api/points/ho-chi-minh/pack')).json()) as { published?: boolean }).published).toBe(false);
  });

  it('refuses another province (403), another origin (403), a form post (415) and a file past the limit (413)', async () => {
    const { as } = await setup();
    const other = await as('khanh-hoa');
    expect((await other(`${S}/file`)).status).toBe(403);
    expect((await other(`${S}/preview`, { method: 'POST', body: 'entry,id\n' })).status).toBe(403);
    const admin = await as('admin');
    expect((await admin(`${S}/preview`, { method: 'POST', body: 'entry,id\n', headers: { origin: 'https://evil.example' } })).status).toBe(
      403,
    );
    expect((await admin(`${S}/preview`, { method: 'POST', body: 'entry,id\n', headers: { 'content-type': 'text/plain' } })).status).toBe(
      415,
    );
    expect((await admin(`${S}/preview`, { method: 'POST', body: 'x'.repeat(3 * 1024 * 1024 + 1) })).status).toBe(413);
  });

  it('the change log shows an organizer the changes of their area only, with who and when', async () => {
    const { as } = await setup();
    const [admin, commune, other] = [await as('admin'), await as('cho-lon'), await as('khanh-hoa')];
    const json = { 'content-type': 'application/json' };
    const cells = { dates: '2026-12-02', times: '07:30-11:00', services: 'level2', source: 'Tổ' };
    const put = (who: typeof admin, id: string, place: string) =>
      who(`/api/dashboard/points/ho-chi-minh/entries/session/${id}`, {
        method: 'PUT',
        headers: json,
        body: JSON.stringify({ cells: { ...cells, place }, rev: 0 }),
      });
    expect((await put(commune, 's-cho-lon', 'hcm-q5-nvh')).status).toBe(200);
    expect((await put(admin, 's-an-dong', 'hcm-q5-chung-cu')).status).toBe(200);
    type Log = { changes: { action: string; id?: string; organizer: string; at: string }[] };
    const mine = (await (await commune('/api/dashboard/change-log/ho-chi-minh')).json()) as Log;
    expect(mine.changes.filter((c) => c.action === 'save').map((c) => [c.id, c.organizer])).toEqual([['s-cho-lon', 'cho-lon']]);
    const all = (await (await admin('/api/dashboard/change-log/ho-chi-minh')).json()) as Log;
    expect(all.changes.filter((c) => c.action === 'save').map((c) => c.id)).toEqual(['s-an-dong', 's-cho-lon']);
    expect((await other('/api/dashboard/change-log/ho-chi-minh')).status).toBe(403);
  });
});
