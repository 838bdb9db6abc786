import { afterAll, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { join } from 'node:path';
import { organizersFeature } from '../../../src/server/dashboard-api/feature';
import { noticesFeature } from '../../../src/server/notices/feature';
import type { NoticeStore } from '../../../src/server/notices/notice-store';
import { readContentSource } from '../../../src/server/publish/content-source';
import { openPackSigner } from '../../../src/server/publish/signing-key';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { SqliteNoticeStore } from '../../../src/server/storage/sqlite-notice-store';
import { SqliteOrganizerStore } from '../../../src/server/storage/sqlite-organizer-store';
import { PostgresNoticeStore } from '../../../src/server/storage/postgres-notice-store';
import { readNoticeDoc } from '../../../src/core/notices/notice';
import { migratedPool } from '../support/postgres';
import { AREA_ACCOUNTS, addOrganizers, sessionCookie } from '../support/organizer-session';

const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

let clock = new Date('2026-12-01T03:00:00.000Z');

async function setup(storeOf: (db: ReturnType<typeof openSqlite>) => Promise<NoticeStore>) {
  const db = openSqlite(':memory:');
  const organizers = new SqliteOrganizerStore(db);
  await addOrganizers(organizers, AREA_ACCOUNTS);
  const app = new Hono();
  organizersFeature(new SqliteCountStore(db), organizers).mount(app);
  const content = readContentSource(join(process.cwd(), 'content'));
  noticesFeature(organizers, await storeOf(db), content, openPackSigner(':memory:'), { now: () => clock }).mount(app);
  const as = async (name: string) => {
    const cookie = await sessionCookie(app, name);
    return (path: string, body?: unknown) =>
      app.request(path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
  };
  const doc = async (province: string) => {
    const res = await app.request(`/api/notices/${province}`);
    const { pack } = (await res.json()) as { pack: string };
    return readNoticeDoc(pack, province)!;
  };
  return { as, doc };
}

const STORES: { name: string; open: (db: ReturnType<typeof openSqlite>) => Promise<NoticeStore> }[] = [
  { name: 'SQLite', open: async (db) => new SqliteNoticeStore(db) },
  {
    name: 'PostgreSQL',
    open: async () => {
      const { pool } = await migratedPool();
      cleanups.push(() => pool.end());
      return new PostgresNoticeStore(pool);
    },
  },
];

describe.each(STORES)('notices and days off ($name)', ({ open }) => {
  it('a commune organizer posts for their commune only; phones of that province get it signed, others do not; expired is gone', async () => {
    clock = new Date('2026-12-01T03:00:00.000Z');
    const { as, doc } = await setup(open);
    const choLon = await as('cho-lon');
    const areas = (await (await choLon('/api/dashboard/notices')).json()) as { areas: { code: string }[] };
    expect(areas.areas.map((a) => a.code)).toEqual(['79-27343']);
    expect((await choLon('/api/dashboard/notices', { area: '79', text: 'Cả thành phố', until: '2026-12-01T20:00' })).status).toBe(403);
    const bad = await choLon('/api/dashboard/notices', { area: '79-27343', text: 'x', until: '2026-12-01T08:00' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { problems: { field: string }[] }).problems.map((p) => p.field)).toEqual(['text', 'until']);
    const ok = await choLon('/api/dashboard/notices', { area: '79-27343', text: 'Tổ lưu động nghỉ ngày 5/12', until: '2026-12-01T20:00' });
    expect(ok.status).toBe(200);
    const hcm = await doc('ho-chi-minh');
    expect(hcm.notices).toMatchObject([{ text: 'Tổ lưu động nghỉ ngày 5/12', by: 'cho-lon', areaName: 'Phường Chợ Lớn' }]);
    expect(hcm.notices[0]!.communes).toContain('Phường Chợ Lớn');
    expect((await doc('khanh-hoa')).notices).toEqual([]);
    expect((await doc('all')).notices).toEqual([]);
    // Another province's organizer can neither see nor take it down.
    const kh = await as('khanh-hoa');
    expect(((await (await kh('/api/dashboard/notices')).json()) as { notices: unknown[] }).notices).toEqual([]);
    const id = ((await ok.json()) as { notice: { id: number } }).notice.id;
    expect((await kh(`/api/dashboard/notices/${id}/end`, {})).status).toBe(403);
    // After 20:00 Vietnam time it is no longer served, but stays in the history with who posted it.
    clock = new Date('2026-12-01T13:00:00.000Z');
    expect((await doc('ho-chi-minh')).notices).toEqual([]);
    const history = (await (await choLon('/api/dashboard/notices')).json()) as { notices: { by: string }[] };
    expect(history.notices).toMatchObject([{ by: 'cho-lon' }]);
  });

  it('an admin posts for everyone and takes it down; the history says who', async () => {
    clock = new Date('2026-12-01T03:00:00.000Z');
    const { as, doc } = await setup(open);
    const admin = await as('admin');
    const r = await admin('/api/dashboard/notices', {
      area: '*',
      text: 'VNeID đang quá tải, hãy thử lại sau 20:00',
      until: '2026-12-01T20:00',
    });
    const { notice } = (await r.json()) as { notice: { id: number } };
    expect((await doc('khanh-hoa')).notices).toHaveLength(1);
    expect((await doc('all')).notices).toHaveLength(1);
    expect((await admin(`/api/dashboard/notices/${notice.id}/end`, {})).status).toBe(200);
    expect((await doc('all')).notices).toEqual([]);
    const list = (await (await admin('/api/dashboard/notices')).json()) as { notices: { endedBy: string }[] };
    expect(list.notices[0]!.endedBy).toBe('admin');
  });

  it('days off: admins only (403 for a scoped account), published in every province’s document, history kept', async () => {
    clock = new Date('2026-12-01T03:00:00.000Z');
    const { as, doc } = await setup(open);
    const choLon = await as('cho-lon');
    expect((await choLon('/api/dashboard/days-off', { date: '2026-12-05', name: 'Nghỉ thử', kind: 'holiday' })).status).toBe(403);
    expect((await choLon('/api/dashboard/days-off/remove', { date: '2026-12-05' })).status).toBe(403);
    const admin = await as('admin');
    const bad = await admin('/api/dashboard/days-off', { date: '2026-13-01', name: '', kind: 'holiday' });
    expect(bad.status).toBe(400);
    expect((await admin('/api/dashboard/days-off', { date: '2026-12-05', name: 'Nghỉ bù thử', kind: 'compensatory' })).status).toBe(200);
    expect((await doc('thanh-hoa')).daysOff).toEqual([{ date: '2026-12-05', name: 'Nghỉ bù thử', kind: 'compensatory' }]);
    expect((await admin('/api/dashboard/days-off/remove', { date: '2026-12-05' })).status).toBe(200);
    expect((await doc('thanh-hoa')).daysOff).toEqual([]);
    const seen = (await (await choLon('/api/dashboard/days-off')).json()) as { changes: { by: string; action: string }[] };
    expect(seen.changes.map((c) => `${c.by}:${c.action}`)).toEqual(['admin:remove', 'admin:set']);
  });
});
