import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { validateCountBatch, type Counter } from '../../../src/core/counts/batch';
import { hashPassword } from '../../../src/server/auth/password';
import { LoginThrottle } from '../../../src/server/auth/login-throttle';
import { dashboardRoutes } from '../../../src/server/dashboard-api/routes';
import { csvCell, placeDaysCsv } from '../../../src/server/dashboard-api/csv';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { SqliteOrganizerStore } from '../../../src/server/storage/sqlite-organizer-store';
import { TODAY, batch, counter } from './helpers';

const PASSWORD = 'mật khẩu đủ dài 123';

async function setup(throttle = new LoginThrottle()) {
  const db = openSqlite(':memory:');
  const counts = new SqliteCountStore(db);
  const organizers = new SqliteOrganizerStore(db);
  await organizers.addOrganizer('doi06-q5', await hashPassword(PASSWORD), TODAY, '*');
  const app = new Hono().route('/', dashboardRoutes(counts, organizers, { now: () => new Date(`${TODAY}T12:00:00Z`), throttle }));
  const add = async (cs: Counter[]) => {
    const r = validateCountBatch(batch(cs), TODAY);
    if (!r.ok) throw new Error(JSON.stringify(r.problems));
    await counts.ingest(r.batch, r.batch.batchId, TODAY);
  };
  const login = (name: string, password: string, headers: Record<string, string> = {}) =>
    app.request('/api/dashboard/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ name, password }),
    });
  const cookieOf = (res: Response) => (res.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { app, add, login, cookieOf };
}

describe('organizer login', () => {
  it('refuses the data without a session', async () => {
    const { app } = await setup();
    for (const path of ['/api/dashboard/summary', '/api/dashboard/places', '/api/dashboard/export.csv', '/api/dashboard/me']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(401);
      expect((await res.json()).error).toBe('login_required');
    }
    const forged = await app.request('/api/dashboard/summary', { headers: { cookie: 'organizer_session=forged' } });
    expect(forged.status).toBe(401);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie that opens the data, until logout', async () => {
    const { app, login, cookieOf } = await setup();
    const res = await login('DOI06-Q5', PASSWORD);
    expect(res.status).toBe(200);
    const setCookie = res.headers.get('set-cookie') ?? '';
    expect(setCookie).toMatch(/^organizer_session=[A-Za-z0-9_-]{40,};/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Strict/);
    expect(setCookie).toMatch(/Path=\//);
    const cookie = cookieOf(res);
    expect((await app.request('/api/dashboard/me', { headers: { cookie } })).status).toBe(200);
    expect((await app.request('/api/dashboard/summary', { headers: { cookie } })).status).toBe(200);
    const out = await app.request('/api/dashboard/logout', { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(200);
    expect((await app.request('/api/dashboard/summary', { headers: { cookie } })).status).toBe(401);
  });

  it('marks the cookie Secure over HTTPS', async () => {
    const { app } = await setup();
    const res = await app.request('https://guide.example.vn/api/dashboard/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'doi06-q5', password: PASSWORD }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/Secure/);
  });

  it('answers the same for an unknown name and a wrong password', async () => {
    const { login } = await setup();
    const a = await login('nobody', PASSWORD);
    const b = await login('doi06-q5', 'wrong password!!');
    expect([a.status, b.status]).toEqual([401, 401]);
    expect(await a.json()).toEqual(await b.json());
  });

  it('slows repeated failures down, per name, and lets the right password in after the wait', async () => {
    let now = 1_000_000;
    const { login } = await setup(new LoginThrottle(() => now));
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await login('doi06-q5', `wrong-password-${i}`)).status);
    expect(statuses).toEqual([401, 401, 401]); // three free tries
    const blocked = await login('doi06-q5', PASSWORD); // then even the right password waits
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get('retry-after')).toBe('1');
    now += 1_000;
    expect((await login('doi06-q5', 'wrong-password-3')).status).toBe(401);
    expect((await login('doi06-q5', PASSWORD)).headers.get('retry-after')).toBe('2'); // doubling
    now += 2_000;
    expect((await login('doi06-q5', PASSWORD)).status).toBe(200);
  });

  it('refuses a login posted from another site', async () => {
    const { login } = await setup();
    expect((await login('doi06-q5', PASSWORD, { origin: 'https://evil.example' })).status).toBe(403);
  });
});

describe('dashboard data', () => {
  async function loggedIn() {
    const s = await setup();
    const cookie = s.cookieOf(await s.login('doi06-q5', PASSWORD));
    const get = async (path: string) => {
      const res = await s.app.request(path, { headers: { cookie } });
      return { res, status: res.status, text: await res.text() };
    };
    return { ...s, get };
  }

  it('gives the funnel (per visit), per-day series, outcomes and blockers for a range and locality', async () => {
    const { add, get } = await loggedIn();
    const q5 = { locality: '79-26734' };
    const step = (param: string, n: number, more: object = {}) => counter({ ...q5, ...more, event: 'visit_progress', param, n });
    await add([
      // The raw events (a person may see several results in one visit)…
      counter({ ...q5, event: 'checker_start', n: 10 }),
      counter({ ...q5, event: 'checker_outcome', param: 'activate-now', n: 16 }),
      counter({ ...q5, event: 'checker_outcome', param: 'level2-police', n: 3 }),
      counter({ ...q5, event: 'tutorial_start', param: 'activate', n: 5 }),
      counter({ ...q5, event: 'tutorial_finish', param: 'activate', n: 2 }),
      counter({ ...q5, event: 'tutorial_stuck', param: 'activate/otp', n: 2 }),
      // …and the visits' progress the funnel reads.
      step('checker_start', 10),
      step('checker_outcome', 9),
      step('activation_start', 5),
      step('activation_finish', 2),
      step('checker_start', 1, { day: '2025-09-14' }),
      counter({ locality: '01-00004', event: 'visit_progress', param: 'checker_start', n: 100 }),
    ]);
    const { status, text } = await get('/api/dashboard/summary?from=2025-09-14&to=2025-09-15&locality=79');
    expect(status).toBe(200);
    const s = JSON.parse(text);
    expect(s.days).toEqual(['2025-09-14', '2025-09-15']);
    expect(s.funnel).toEqual([
      { id: 'checker_start', n: 11 },
      { id: 'checker_outcome', n: 9 },
      { id: 'activation_start', n: 5 },
      { id: 'activation_finish', n: 2 },
    ]);
    expect(s.perDay.checker_start).toEqual([1, 10]);
    expect(s.outcomes).toEqual([
      { id: 'activate-now', n: 16 },
      { id: 'level2-police', n: 3 },
    ]);
    expect(s.blockers).toEqual([{ id: 'activate/otp', n: 2 }]);
    const commune = JSON.parse((await get('/api/dashboard/summary?from=2025-09-15&to=2025-09-15&locality=79-26734')).text);
    expect(commune.funnel[0]).toEqual({ id: 'checker_start', n: 10 });
    const country = JSON.parse((await get('/api/dashboard/summary?from=2025-09-15&to=2025-09-15')).text);
    expect(country.funnel[0]).toEqual({ id: 'checker_start', n: 110 });
  });

  it('tables by locality, channel and source tag', async () => {
    const { add, get } = await loggedIn();
    await add([
      counter({ locality: '79-26734', source: 'poster-a', event: 'checker_start', n: 4 }),
      counter({ locality: '79-26734', source: 'poster-b', event: 'checker_start', n: 2 }),
      counter({ locality: '79-26734', channel: 'volunteer', source: 'doi-3', event: 'volunteer_tally', param: 'activated-level1', n: 3 }),
    ]);
    const { rows } = JSON.parse((await get('/api/dashboard/places?from=2025-09-01&to=2025-09-30')).text);
    expect(rows.map((r: Record<string, unknown>) => [r.channel, r.source, r.guided, r.households_activated])).toEqual([
      ['phone', 'poster-a', 4, 0],
      ['phone', 'poster-b', 2, 0],
      ['volunteer', 'doi-3', 0, 3],
    ]);
    // A page at a time, with the size of the whole table (issue 17).
    const page = JSON.parse((await get('/api/dashboard/places?from=2025-09-01&to=2025-09-30&offset=1&limit=1')).text);
    expect([page.offset, page.total, page.rows.map((r: Record<string, unknown>) => r.source)]).toEqual([1, 3, ['poster-b']]);
    for (const bad of ['offset=-1', 'offset=x', 'limit=0', 'limit=501'])
      expect((await get(`/api/dashboard/places?from=2025-09-01&to=2025-09-30&${bad}`)).status, bad).toBe(400);
  });

  it('exports CSV for the daily report, and a sharing CSV that hides counts under 5', async () => {
    const { add, get } = await loggedIn();
    await add([
      counter({ locality: '79-26734', event: 'checker_start', n: 3 }),
      counter({ locality: '79-26734', event: 'link_opened', n: 12 }),
    ]);
    const report = await get('/api/dashboard/export.csv?from=2025-09-15&to=2025-09-15');
    expect(report.status).toBe(200);
    expect(report.res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(report.res.headers.get('content-disposition')).toMatch(/attachment; filename="thong-ke-2025-09-15_2025-09-15.csv"/);
    const lines = report.text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(2);
    expect(lines[1]!.split(',').slice(0, 5)).toEqual(['2025-09-15', '79-26734', 'Điện thoại', '', '3']);
    const shared = await get('/api/dashboard/export.csv?from=2025-09-15&to=2025-09-15&kind=share');
    const cells = shared.text.trim().split('\r\n')[1]!.split(',');
    expect(cells[4]).toBe('<5');
    expect(cells).toContain('12');
    expect(shared.text).not.toMatch(/,3,/);
  });

  it('compresses its answers and streams the CSV a day at a time, in order (issue 17)', async () => {
    const s = await setup();
    const cookie = s.cookieOf(await s.login('doi06-q5', PASSWORD));
    const days = ['2025-09-13', '2025-09-15']; // 2025-09-14 has no rows: the stream reads on
    await s.add(
      days.flatMap((day) => ['79-26734', '79-26740'].map((locality) => counter({ day, locality, event: 'checker_start', n: 2 }))),
    );
    const gz = { cookie, 'accept-encoding': 'gzip, deflate, br' };
    const csv = await s.app.request('/api/dashboard/export.csv?from=2025-09-12&to=2025-09-16', { headers: gz });
    expect(csv.headers.get('content-encoding')).toBe('gzip');
    const text = gunzipSync(Buffer.from(await csv.arrayBuffer())).toString('utf8');
    const lines = text
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines.slice(1).map((l) => l.split(',').slice(0, 2).join(' '))).toEqual(days.flatMap((d) => [`${d} 79-26734`, `${d} 79-26740`]));
    const summary = await s.app.request('/api/dashboard/summary?from=2025-06-01&to=2025-09-15', { headers: gz });
    expect(summary.headers.get('content-encoding')).toBe('gzip');
    expect(JSON.parse(gunzipSync(Buffer.from(await summary.arrayBuffer())).toString('utf8')).funnel).toHaveLength(4);
    // A client that accepts no compression gets the plain text.
    const plain = await s.app.request('/api/dashboard/export.csv?from=2025-09-12&to=2025-09-16', { headers: { cookie } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect((await plain.text()).replace(/^\uFEFF/, '').trim()).toBe(text.replace(/^\uFEFF/, '').trim());
  });

  it('says what is wrong with a filter', async () => {
    const { get } = await loggedIn();
    const bad = await get('/api/dashboard/summary?from=2025-09-20&to=2025-09-01');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toEqual({
      error: 'invalid_filter',
      message: 'from: found 2025-09-20, expected a day on or before to (2025-09-01)',
    });
    expect((await get('/api/dashboard/places?from=2023-01-01&to=2025-01-01')).status).toBe(400);
    // Without `from`, a bad `to` is said so (the default range counts back from it).
    for (const to of ['garbage', '9999-99-99']) {
      const res = await get(`/api/dashboard/summary?to=${to}`);
      expect(res.status, to).toBe(400);
      expect(JSON.parse(res.text).message).toBe(`to: found "${to}", expected a date YYYY-MM-DD`);
    }
    expect(JSON.parse((await get('/api/dashboard/places?locality=Q5')).text).message).toMatch(/^locality: found "Q5"/);
  });
});

describe('CSV cells', () => {
  it('neutralises formulas and quotes separators', () => {
    for (const bad of ['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)', '\t=1']) expect(csvCell(bad).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell(-2)).toBe('-2'); // numbers are numbers
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(
      placeDaysCsv([{ day: '2025-09-15', locality: '', channel: 'kiosk', source: '-x', ...Object.fromEntries([]) } as never], false),
    ).toContain(",'-x,");
  });
});

describe('organizer scopes on the dashboard API', () => {
  async function accounts() {
    const s = await setup();
    const { app, login, cookieOf, add } = s;
    const admin = cookieOf(await login('doi06-q5', PASSWORD));
    const call = (cookie: string, path: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.request(path, {
        method: body === undefined ? 'GET' : 'POST',
        headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    return { app, login, cookieOf, add, admin, call };
  }

  it('lets an admin create scoped accounts, and nobody else', async () => {
    const { admin, call, login, cookieOf } = await accounts();
    expect((await call(admin, '/api/dashboard/organizers', { name: 'tinh-01', password: PASSWORD, scope: '01' })).status).toBe(201);
    const bad = await call(admin, '/api/dashboard/organizers', { name: 'xa-x', password: PASSWORD, scope: 'Q5' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).message).toMatch(/^scope: found "Q5"/);
    expect((await call(admin, '/api/dashboard/organizers', { name: 'tinh-01', password: PASSWORD, scope: '01' })).status).toBe(409);
    const crossSite = await call(
      admin,
      '/api/dashboard/organizers',
      { name: 'xa-y', password: PASSWORD, scope: '79' },
      { origin: 'https://evil.example' },
    );
    expect(crossSite.status).toBe(403);
    const list = (await (await call(admin, '/api/dashboard/organizers')).json()) as { accounts: { name: string; scope: string }[] };
    expect(list.accounts.map((a) => [a.name, a.scope])).toEqual([
      ['doi06-q5', '*'],
      ['tinh-01', '01'],
    ]);
    expect(JSON.stringify(list)).not.toMatch(/scrypt/);

    const province = cookieOf(await login('tinh-01', PASSWORD));
    expect((await call(province, '/api/dashboard/me')).status).toBe(200);
    expect(await (await call(province, '/api/dashboard/me')).json()).toEqual({ name: 'tinh-01', scope: '01' });
    expect((await call(province, '/api/dashboard/organizers')).status).toBe(403);
    expect((await call(province, '/api/dashboard/organizers', { name: 'me2', password: PASSWORD, scope: '*' })).status).toBe(403);
    expect((await call(admin, '/api/dashboard/organizers/doi06-q5/remove', {})).status).toBe(400); // not oneself
    expect((await call(admin, '/api/dashboard/organizers/tinh-01/remove', {})).status).toBe(200);
    expect((await call(province, '/api/dashboard/me')).status).toBe(401); // removed: logged out at once
  });

  it('limits a province account to its province: its own area by default, 403 elsewhere', async () => {
    const { admin, call, login, cookieOf, add } = await accounts();
    await call(admin, '/api/dashboard/organizers', { name: 'tinh-79', password: PASSWORD, scope: '79' });
    await call(admin, '/api/dashboard/organizers', { name: 'xa-26734', password: PASSWORD, scope: '79-26734' });
    await add([
      counter({ locality: '79-26734', event: 'checker_start', n: 10 }),
      counter({ locality: '79-26737', event: 'checker_start', n: 5 }),
      counter({ locality: '01-00004', event: 'checker_start', n: 100 }),
      counter({ locality: '79-26734', event: 'visit_progress', param: 'checker_start', n: 10 }),
      counter({ locality: '79-26737', event: 'visit_progress', param: 'checker_start', n: 5 }),
      counter({ locality: '01-00004', event: 'visit_progress', param: 'checker_start', n: 100 }),
    ]);
    const province = cookieOf(await login('tinh-79', PASSWORD));
    const commune = cookieOf(await login('xa-26734', PASSWORD));
    const first = async (cookie: string, q = '') =>
      ((await (await call(cookie, `/api/dashboard/summary?from=${TODAY}&to=${TODAY}${q}`)).json()) as { funnel: { n: number }[] })
        .funnel[0]!.n;
    expect(await first(admin)).toBe(115);
    expect(await first(province)).toBe(15);
    expect(await first(commune)).toBe(10);
    expect(await first(province, '&locality=79-26737')).toBe(5);
    for (const [cookie, locality] of [
      [province, '01'],
      [province, '01-00004'],
      [commune, '79'],
      [commune, '79-26737'],
    ] as const)
      for (const path of ['summary', 'places', 'export.csv']) {
        const res = await call(cookie, `/api/dashboard/${path}?locality=${locality}`);
        expect(res.status, `${path} ${locality}`).toBe(403);
      }
    const rows = (
      (await (await call(province, `/api/dashboard/places?from=${TODAY}&to=${TODAY}`)).json()) as { rows: { locality: string }[] }
    ).rows;
    expect(rows.map((r) => r.locality).sort()).toEqual(['79-26734', '79-26737']);
    const csv = await (await call(commune, `/api/dashboard/export.csv?from=${TODAY}&to=${TODAY}`)).text();
    expect(csv).toContain('79-26734');
    expect(csv).not.toContain('79-26737');
  });
});
