import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { dashboardRoutes } from '../../../src/server/dashboard-api/routes';
import { identityRoutes } from '../../../src/server/identity/routes';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { SqliteIdentityStore } from '../../../src/server/storage/sqlite-identity-store';
import { SqliteOrganizerStore } from '../../../src/server/storage/sqlite-organizer-store';
import { addOrganizers, sessionCookie } from '../support/organizer-session';

const GOOD = {
  unit: 'Công an phường Chợ Quán',
  area: 'Phường Chợ Quán, TP. Hồ Chí Minh',
  hotlines: [{ number: '028 3855 1234', label: 'Trực ban' }],
};

async function setup() {
  const db = openSqlite(':memory:');
  const organizers = new SqliteOrganizerStore(db);
  const identity = new SqliteIdentityStore(db);
  await addOrganizers(organizers, { admin: '*', 'tinh-79': '79' });
  const app = new Hono().route('/', dashboardRoutes(new SqliteCountStore(db), organizers)).route('/', identityRoutes(identity, organizers));
  const cookie = (name: string) => sessionCookie(app, name);
  const save = (c: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request('http://localhost/api/dashboard/identity', {
      method: 'POST',
      headers: { cookie: c, 'content-type': 'application/json', ...headers },
      body: JSON.stringify(body),
    });
  return { app, cookie, save };
}

describe("the deployment's identity API", () => {
  it('publishes nothing until an admin sets it, then the unit with who changed it', async () => {
    const { app, cookie, save } = await setup();
    const before = await app.request('/api/identity');
    expect(await before.json()).toEqual({ identity: null });
    expect(before.headers.get('cache-control')).toBe('no-cache');
    const admin = await cookie('admin');
    const res = await save(admin, GOOD);
    expect(res.status).toBe(200);
    const after = (await (await app.request('/api/identity')).json()) as { identity: { unit: string; updated: string } };
    expect(after.identity).toMatchObject({ ...GOOD, updated: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) });
    const seen = (await (await app.request('/api/dashboard/identity', { headers: { cookie: admin } })).json()) as {
      history: { by: string }[];
    };
    expect(seen.history.map((h) => h.by)).toEqual(['admin']);
  });

  it('refuses bad input in Vietnamese, non-admins, strangers and other sites, changing nothing', async () => {
    const { app, cookie, save } = await setup();
    const admin = await cookie('admin');
    const bad = await save(admin, { ...GOOD, unit: 'x' });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({
      message: 'Tên đơn vị: cần ít nhất 3 ký tự (đang có 1).',
      problems: [{ field: 'unit' }],
    });
    expect((await save(await cookie('tinh-79'), GOOD)).status).toBe(403);
    expect((await save('organizer_session=forged', GOOD)).status).toBe(401);
    expect((await save(admin, GOOD, { origin: 'https://evil.example' })).status).toBe(403);
    expect(await (await app.request('/api/identity')).json()).toEqual({ identity: null });
  });
});

describe('a dashboard form too large', () => {
  it('is refused 413 before it is parsed, and nothing changes', async () => {
    const { app, cookie, save } = await setup();
    const admin = await cookie('admin');
    const huge = await save(admin, { ...GOOD, unit: 'Công an phường '.repeat(2000) });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ error: 'too_large' });
    expect(await (await app.request('/api/identity')).json()).toEqual({ identity: null });
    expect((await save(admin, GOOD)).status).toBe(200); // a form of ordinary size still goes through
  });
});
