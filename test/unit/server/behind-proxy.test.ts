import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { afterEach, describe, expect, it } from 'vitest';
import { hashPassword } from '../../../src/server/auth/password';
import { countsRoutes } from '../../../src/server/counts/routes';
import { dashboardRoutes } from '../../../src/server/dashboard-api/routes';
import { parseTrustProxy, publicOrigin, requestSource, type ProxyTrust } from '../../../src/server/proxy/trust';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { SqliteOrganizerStore } from '../../../src/server/storage/sqlite-organizer-store';
import { TODAY } from '../counts/helpers';

const PASSWORD = 'mật khẩu đủ dài 123';
const PUBLIC = 'https://guide.example.vn';
/** What Caddy (or nginx) in front adds to a browser's request. */
const FROM_PROXY = { host: 'guide.example.vn', 'x-forwarded-proto': 'https', 'x-forwarded-host': 'guide.example.vn' };

describe('TRUST_PROXY', () => {
  it('reads a number of proxies or a list of proxy addresses, and says what is wrong otherwise', () => {
    expect(parseTrustProxy(undefined)).toEqual({ kind: 'none' });
    expect(parseTrustProxy('0')).toEqual({ kind: 'none' });
    expect(parseTrustProxy('1')).toEqual({ kind: 'hops', hops: 1 });
    expect(parseTrustProxy(' 2 ')).toEqual({ kind: 'hops', hops: 2 });
    const list = parseTrustProxy('127.0.0.1, ::1, 10.0.0.0/8');
    expect(list.kind).toBe('addresses');
    expect(() => parseTrustProxy('yes')).toThrow(/^TRUST_PROXY: found "yes", expected a number of proxies \(1\) or proxy addresses/);
    expect(() => parseTrustProxy('10.0.0.0/33')).toThrow(/found "10.0.0.0\/33"/);
  });

  it('with a hop count, takes the address the outermost proxy saw, whatever the client wrote before it', () => {
    const one = parseTrustProxy('1');
    // A client writes "6.6.6.6" itself; Caddy appends the address it saw (203.0.113.7).
    expect(requestSource(one, '127.0.0.1', '6.6.6.6, 203.0.113.7')).toEqual({ client: '203.0.113.7', viaProxy: true });
    expect(requestSource(one, '127.0.0.1', '203.0.113.7')).toEqual({ client: '203.0.113.7', viaProxy: true });
    expect(requestSource(one, '::ffff:127.0.0.1', undefined).client).toBe('127.0.0.1');
    const two = parseTrustProxy('2');
    expect(requestSource(two, '10.0.0.2', '6.6.6.6, 203.0.113.7, 10.0.0.1').client).toBe('203.0.113.7');
  });

  it('with proxy addresses, believes forwarded headers only from those addresses', () => {
    const trust = parseTrustProxy('127.0.0.1, 10.0.0.0/8');
    expect(requestSource(trust, '198.51.100.9', '6.6.6.6')).toEqual({ client: '198.51.100.9', viaProxy: false });
    expect(requestSource(trust, '::ffff:127.0.0.1', '6.6.6.6, 203.0.113.7, 10.1.2.3')).toEqual({ client: '203.0.113.7', viaProxy: true });
    expect(requestSource(trust, '127.0.0.1', '10.1.2.3')).toEqual({ client: '10.1.2.3', viaProxy: true });
  });

  it('rebuilds the origin the browser used only from a trusted proxy', () => {
    const headers = (h: Record<string, string>) => (name: string) => h[name];
    expect(publicOrigin('http://guide.example.vn/api/counts', true, headers(FROM_PROXY))).toBe(PUBLIC);
    expect(publicOrigin('http://guide.example.vn/api/counts', false, headers(FROM_PROXY))).toBe('http://guide.example.vn');
    expect(publicOrigin('http://127.0.0.1:8080/x', true, headers({ host: 'guide.example.vn:8443', 'x-forwarded-proto': 'https' }))).toBe(
      'https://guide.example.vn:8443',
    );
    expect(publicOrigin('http://a.vn/x', true, headers({ 'x-forwarded-proto': 'gopher', 'x-forwarded-host': 'bad host/' }))).toBe(
      'http://a.vn',
    );
  });
});

/** The collector and the dashboard API over real HTTP on 127.0.0.1, as the server behind a proxy. */
let server: Server | null = null;
afterEach(
  () =>
    new Promise<void>((done) => {
      if (!server) return done();
      server.closeAllConnections();
      server.close(() => done());
      server = null;
    }),
);

async function behind(trust: ProxyTrust, rateLimit = { burst: 5, perSecond: 0.01 }) {
  const db = openSqlite(':memory:');
  const organizers = new SqliteOrganizerStore(db);
  await organizers.addOrganizer('doi06-q5', await hashPassword(PASSWORD), TODAY, '*');
  const app = new Hono()
    .route('/', countsRoutes(new SqliteCountStore(db), { trustProxy: trust, rateLimit }))
    .route('/', dashboardRoutes(new SqliteCountStore(db), organizers, { trustProxy: trust }));
  server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const login = (headers: Record<string, string>) =>
    fetch(`${base}/api/dashboard/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ name: 'doi06-q5', password: PASSWORD }),
    });
  const post = (headers: Record<string, string>) =>
    fetch(`${base}/api/counts`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: '{}' });
  /** An admin's write (a new account) with the session cookie the login gave. */
  const addAccount = (cookie: string, headers: Record<string, string>) =>
    fetch(`${base}/api/dashboard/organizers`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, ...headers },
      body: JSON.stringify({ name: 'doi06-q1', password: PASSWORD, scope: '79' }),
    });
  return { login, post, addAccount };
}

describe('behind an HTTPS reverse proxy', () => {
  it('logs an organizer in from the HTTPS page, with a Secure cookie, and takes counts from it', async () => {
    const { login, post } = await behind(parseTrustProxy('127.0.0.1'));
    const res = await login({ ...FROM_PROXY, origin: PUBLIC, 'x-forwarded-for': '203.0.113.7' });
    expect(res.status).toBe(200);
    expect(res.headers.get('set-cookie')).toMatch(/; Secure/);
    // An empty object is not a batch (400), but it got past the origin check (not 403).
    expect((await post({ ...FROM_PROXY, origin: PUBLIC })).status).toBe(400);
    expect((await login({ ...FROM_PROXY, origin: 'https://evil.example' })).status).toBe(403);
  });

  it("lets the dashboard's own HTTPS page change data through the proxy, and no other origin", async () => {
    const { login, addAccount } = await behind(parseTrustProxy('127.0.0.1'));
    const res = await login({ ...FROM_PROXY, origin: PUBLIC });
    const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0]!;
    expect((await addAccount(cookie, { ...FROM_PROXY, origin: 'https://evil.example' })).status).toBe(403);
    expect((await addAccount(cookie, { ...FROM_PROXY, origin: PUBLIC })).status).toBe(201);
  });

  it('ignores forwarded headers from a peer that is not a trusted proxy', async () => {
    const { login } = await behind(parseTrustProxy('10.0.0.1'));
    expect((await login({ ...FROM_PROXY, origin: PUBLIC })).status).toBe(403);
    const { login: direct } = await behind({ kind: 'none' });
    expect((await direct({ ...FROM_PROXY, origin: PUBLIC })).status).toBe(403);
  });

  it('rate-limits a client that rotates the first X-Forwarded-For entry', async () => {
    const { post } = await behind(parseTrustProxy('1'));
    const statuses: number[] = [];
    for (let i = 0; i < 40; i++) statuses.push((await post({ 'x-forwarded-for': `10.9.0.${i}, 203.0.113.7` })).status);
    expect(statuses.filter((s) => s === 429)).toHaveLength(35); // a burst of 5, then refused
    // Another client (as the proxy saw it) has its own allowance.
    expect((await post({ 'x-forwarded-for': '203.0.113.8' })).status).toBe(400);
  });
});
