import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureFirstOrganizer } from '../../../src/server/auth/first-organizer';
import { verifyPassword } from '../../../src/server/auth/password';
import { openStorage, openStorageFromEnv } from '../../../src/server/storage/index';
import { freshDatabase } from '../support/postgres';

const CLI = join(process.cwd(), 'src/server/organizer-cli.ts');

function run(args: string[], env: Record<string, string>, input?: string) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, ORGANIZER_PASSWORD: '', ...env },
    input,
    encoding: 'utf8',
    timeout: 30_000,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run organizer', () => {
  it('adds accounts with the password from the environment or standard input', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'organizers-'));
    try {
      expect(run(['add', 'doi06-q5'], { DATA_DIR: dir, ORGANIZER_PASSWORD: 'một mật khẩu dài' }).code).toBe(0);
      expect(run(['add', 'pc06-hcm'], { DATA_DIR: dir }, 'another long password\n').code).toBe(0);
      const dup = run(['add', 'doi06-q5'], { DATA_DIR: dir, ORGANIZER_PASSWORD: 'một mật khẩu dài' });
      expect(dup.code).toBe(1);
      expect(dup.err).toMatch(/exists already/);
      const short = run(['add', 'x1'], { DATA_DIR: dir, ORGANIZER_PASSWORD: 'short' });
      expect(short.code).toBe(1);
      expect(short.err).toMatch(/at least 10 characters/);
      expect(run(['add', 'Nguyễn Văn A'], { DATA_DIR: dir, ORGANIZER_PASSWORD: 'một mật khẩu dài' }).err).toMatch(/^NAME: found/);
      expect(run(['list'], { DATA_DIR: dir }).out).toBe('doi06-q5\tadmin\npc06-hcm\tadmin\n');
      expect(run(['add', 'xa-26734', '79-26734'], { DATA_DIR: dir, ORGANIZER_PASSWORD: 'một mật khẩu dài' }).out).toMatch(
        /\(79-26734\) added/,
      );
      expect(run(['add', 'tinh-x', 'Q5'], { DATA_DIR: dir, ORGANIZER_PASSWORD: 'một mật khẩu dài' }).err).toMatch(/^SCOPE: found "Q5"/);
      expect(run(['scope', 'pc06-hcm', '79'], { DATA_DIR: dir }).code).toBe(0);
      expect(run(['list'], { DATA_DIR: dir }).out).toBe('doi06-q5\tadmin\npc06-hcm\t79\nxa-26734\t79-26734\n');
      const storage = openStorage(dir);
      const stored = await storage.organizers.findOrganizer('pc06-hcm');
      expect(stored?.passwordHash).toMatch(/^scrypt\$16384\$8\$1\$/);
      expect(await verifyPassword('another long password', stored!.passwordHash)).toBe(true);
      expect(await verifyPassword('another long passwore', stored!.passwordHash)).toBe(false);
      await storage.close();
      expect(run([], { DATA_DIR: dir }).err).toMatch(/^Usage: npm run organizer/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000); // eleven CLI runs, each a new Node process: slow on a loaded machine

  it('works on PostgreSQL when DATABASE_URL is set (the same accounts the server reads)', async () => {
    const url = await freshDatabase();
    const env = { DATABASE_URL: url, DATA_DIR: '/nonexistent/not-used', ORGANIZER_PASSWORD: 'một mật khẩu dài' };
    const added = run(['add', 'tinh-79', '79'], env);
    expect(added.err).toBe('');
    expect(added.code).toBe(0);
    expect(run(['scope', 'tinh-79', '79-26734'], env).code).toBe(0);
    const storage = await openStorageFromEnv({ DATABASE_URL: url });
    try {
      expect(await storage.organizers.listOrganizers()).toEqual([{ name: 'tinh-79', scope: '79-26734', created: expect.any(String) }]);
    } finally {
      await storage.close();
    }
    expect(run(['list'], env).out).toBe('tinh-79\t79-26734\n');
  }, 90_000);

  it('creates the first account from ORGANIZER_NAME/ORGANIZER_PASSWORD, once', async () => {
    const storage = openStorage(':memory:');
    expect(await ensureFirstOrganizer(storage.organizers, {})).toMatch(/npm run organizer -- add NAME/);
    await expect(ensureFirstOrganizer(storage.organizers, { ORGANIZER_NAME: 'admin', ORGANIZER_PASSWORD: 'short' })).rejects.toThrow(
      /ORGANIZER_PASSWORD/,
    );
    expect(await ensureFirstOrganizer(storage.organizers, { ORGANIZER_NAME: 'Admin', ORGANIZER_PASSWORD: 'a long enough one' })).toMatch(
      /"admin" created/,
    );
    expect(await ensureFirstOrganizer(storage.organizers, { ORGANIZER_NAME: 'other', ORGANIZER_PASSWORD: 'a long enough one' })).toBeNull();
    expect(await storage.organizers.listOrganizers()).toMatchObject([{ name: 'admin', scope: '*' }]);
    await storage.close();
  });
});

describe('database made before scopes', () => {
  it('keeps its accounts, as admins', async () => {
    const Database = (await import('better-sqlite3')).default;
    const dir = mkdtempSync(join(tmpdir(), 'organizers-v1-'));
    try {
      const old = new Database(join(dir, 'vneid-guide.sqlite'));
      old.exec(`CREATE TABLE organizers (name TEXT PRIMARY KEY, password_hash TEXT NOT NULL, created TEXT NOT NULL) WITHOUT ROWID;
        INSERT INTO organizers VALUES ('doi06-q5', 'scrypt$x', '2025-01-01'); PRAGMA user_version = 1;`);
      old.close();
      const storage = openStorage(dir);
      expect(await storage.organizers.listOrganizers()).toEqual([{ name: 'doi06-q5', scope: '*', created: '2025-01-01' }]);
      await storage.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
