import type { Hono } from 'hono';
import { hashPassword } from '../../../src/server/auth/password';
import type { OrganizerStore } from '../../../src/server/auth/organizer-store';

/** The password every test account has (long enough for the password rule). */
export const ORGANIZER_PASSWORD = 'mật khẩu đủ dài 123';

/**
 * The accounts the area-limited API tests log in as: an admin, a commune organizer of Hồ Chí Minh
 * City (phường Chợ Lớn) and an organizer of another province (Khánh Hòa).
 */
export const AREA_ACCOUNTS: Record<string, string> = { admin: '*', 'cho-lon': '79-27343', 'khanh-hoa': '56' };

/** Adds one account per name, each with its scope (`*` for everywhere) and the shared password. */
export async function addOrganizers(store: OrganizerStore, scopes: Record<string, string>, created = '2026-12-01'): Promise<void> {
  const hash = await hashPassword(ORGANIZER_PASSWORD);
  for (const [name, scope] of Object.entries(scopes)) await store.addOrganizer(name, hash, created, scope);
}

/** Logs `name` in through the app's own login route: the cookie that carries the session. */
export async function sessionCookie(app: Pick<Hono, 'request'>, name: string, password = ORGANIZER_PASSWORD): Promise<string> {
  const res = await app.request('/api/dashboard/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ name, password }),
  });
  if (res.status !== 200) throw new Error(`login as ${name}: ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}
