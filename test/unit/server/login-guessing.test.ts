import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import { LoginThrottle } from '../../../src/server/auth/login-throttle';
import { hashPassword } from '../../../src/server/auth/password';
import { dashboardRoutes } from '../../../src/server/dashboard-api/routes';
import { parseTrustProxy } from '../../../src/server/proxy/trust';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { SqliteOrganizerStore } from '../../../src/server/storage/sqlite-organizer-store';
import { TODAY } from '../counts/helpers';

const PASSWORD = 'mật khẩu đủ dài 123';

/** The dashboard API in process, behind one trusted proxy: X-Forwarded-For names the client. */
async function setup(throttle = new LoginThrottle()) {
  const db = openSqlite(':memory:');
  const organizers = new SqliteOrganizerStore(db);
  await organizers.addOrganizer('doi06-q5', await hashPassword(PASSWORD), TODAY, '*');
  const app = new Hono().route('/', dashboardRoutes(new SqliteCountStore(db), organizers, { trustProxy: parseTrustProxy('1'), throttle }));
  const login = (password: string, client: string, body?: string) =>
    app.request('/api/dashboard/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': client },
      body: body ?? JSON.stringify({ name: 'doi06-q5', password }),
    });
  return { login };
}

describe('login under attack', () => {
  it('refuses a large body without reading it', async () => {
    const { login } = await setup();
    const padded = JSON.stringify({ name: 'doi06-q5', password: PASSWORD, pad: 'x'.repeat(1024 * 1024) });
    const res = await login('', '203.0.113.1', padded);
    expect(res.status).toBe(413);
    expect((await res.json()).error).toBe('too_large');
    expect((await login(PASSWORD, '203.0.113.1')).status).toBe(200); // and counted as no failure
  });

  it('checks at most the free tries of 60 guesses sent at once from one address', async () => {
    const { login } = await setup();
    const statuses = await Promise.all(
      Array.from({ length: 60 }, (_, i) => Promise.resolve(login(`wrong guess ${i}!!`, '203.0.113.9')).then((r) => r.status)),
    );
    expect(statuses.filter((s) => s === 401)).toHaveLength(3);
    expect(statuses.filter((s) => s === 429)).toHaveLength(57);
  }, 60_000);

  it('does not lock the organizer out when strangers guess from many addresses', async () => {
    let now = 1_000_000;
    const { login } = await setup(new LoginThrottle(() => now));
    for (let i = 0; i < 10; i++) expect((await login(`wrong guess ${i}!!`, `198.51.100.${i}`)).status).toBe(401);
    // One more guess every 5 minutes keeps going on...
    for (let i = 0; i < 3; i++) {
      now += 5 * 60_000;
      expect((await login(`slow guess ${i}!!`, `198.51.100.${100 + i}`)).status).toBe(401);
    }
    // ...and the organizer, at a new address, still gets in (held back a little, never refused).
    const started = Date.now();
    expect((await login(PASSWORD, '203.0.113.50')).status).toBe(200);
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000); // 13 failures on the name: 2 s
  }, 60_000);

  it('still stops one address guessing, and one address trying many names', () => {
    let now = 0;
    const throttle = new LoginThrottle(() => now);
    for (let i = 0; i < 3; i++) expect(throttle.begin('doi06-q5', 'a').kind).toBe('check');
    expect(throttle.begin('doi06-q5', 'a')).toEqual({ kind: 'wait', waitMs: 1000 });
    now += 1000;
    expect(throttle.begin('doi06-q5', 'a').kind).toBe('check');
    expect(throttle.begin('doi06-q5', 'a')).toEqual({ kind: 'wait', waitMs: 2000 }); // doubling
    for (let i = 0; i < 10; i++) throttle.begin(`name-${i}`, 'b');
    expect(throttle.begin('name-x', 'b').kind).toBe('wait');
    const ok = throttle.begin('other', 'c');
    if (ok.kind === 'check') ok.succeeded();
    expect(throttle.begin('other', 'c')).toMatchObject({ kind: 'check', delayMs: 0 });
  });
});
