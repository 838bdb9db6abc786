import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PublicationStore, VersionRecord } from '../../../src/server/publish/publication-store';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { SqlitePublicationStore } from '../../../src/server/storage/sqlite-publication-store';
import { PostgresPublicationStore } from '../../../src/server/storage/postgres-publication-store';
import { migratedPool } from '../support/postgres';

/** The contract both publication stores keep, against SQLite and a real PostgreSQL server. */
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

const STORES: { name: string; open(): Promise<{ a: PublicationStore; b: PublicationStore }> }[] = [
  {
    name: 'SQLite',
    async open() {
      const dir = mkdtempSync(join(tmpdir(), 'publish-'));
      const [da, db] = [openSqlite(dir), openSqlite(dir)];
      cleanups.push(() => {
        da.close();
        db.close();
        rmSync(dir, { recursive: true, force: true });
      });
      return { a: new SqlitePublicationStore(da), b: new SqlitePublicationStore(db) };
    },
  },
  {
    name: 'PostgreSQL',
    async open() {
      const { url, pool } = await migratedPool();
      const other = (await migratedPool(url)).pool;
      cleanups.push(
        () => pool.end(),
        () => other.end(),
      );
      return { a: new PostgresPublicationStore(pool), b: new PostgresPublicationStore(other) };
    },
  },
];

const AT = '2026-12-01T02:00:00.000Z';
const entry = (id: string, name = id) => ({ kind: 'point' as const, id, cells: { name } });
const record = (note: string, extra: Partial<VersionRecord> = {}): Omit<VersionRecord, 'version'> => ({
  province: 'ho-chi-minh',
  publishedAt: AT,
  organizer: 'doi06-q5',
  note,
  scope: '*',
  action: 'publish',
  entries: '[]',
  pack: `{"note":"${note}"}`,
  signature: 'sig',
  keyId: 'key',
  ...extra,
});

describe.each(STORES)('publication store ($name)', ({ open }) => {
  it('seeds a draft once and saves entries by revision; a stale save is a conflict showing the other', async () => {
    const { a, b } = await open();
    expect(await a.hasDraft('ho-chi-minh')).toBe(false);
    expect(await a.seedDraft('ho-chi-minh', [entry('p1'), entry('p2')], 'x', AT)).toBe(true);
    expect(await b.seedDraft('ho-chi-minh', [entry('p9')], 'y', AT)).toBe(false);
    expect((await b.draft('ho-chi-minh')).map((e) => [e.id, e.rev])).toEqual([
      ['p1', 1],
      ['p2', 1],
    ]);
    const first = await a.saveEntry('ho-chi-minh', entry('p1', 'Mới'), 1, 'lan', AT);
    expect(first).toMatchObject({ saved: { id: 'p1', rev: 2, updatedBy: 'lan', cells: { name: 'Mới' } } });
    // The second organizer opened revision 1 too: told, with the first one's version, nothing overwritten.
    const second = await b.saveEntry('ho-chi-minh', entry('p1', 'Khác'), 1, 'minh', AT);
    expect(second).toMatchObject({ conflict: { rev: 2, updatedBy: 'lan', cells: { name: 'Mới' } } });
    expect((await a.draft('ho-chi-minh')).find((e) => e.id === 'p1')?.cells.name).toBe('Mới');
    // A new entry (rev 0) that someone else already made is a conflict too.
    expect(await a.saveEntry('ho-chi-minh', entry('p3'), 0, 'lan', AT)).toMatchObject({ saved: { rev: 1 } });
    expect(await b.saveEntry('ho-chi-minh', entry('p3'), 0, 'minh', AT)).toMatchObject({ conflict: { updatedBy: 'lan' } });
    const log = await a.changes('ho-chi-minh', 10);
    expect(log.map((c) => [c.action, c.organizer, c.id ?? ''])).toEqual([
      ['save', 'lan', 'p3'],
      ['save', 'lan', 'p1'],
      ['seed', 'x', ''],
    ]);
  });

  it('numbers versions per province, refuses a publish made from an old latest, keeps history', async () => {
    const { a, b } = await open();
    expect(await a.publish(record('một'), 0)).toEqual({ version: 1 });
    expect(await b.publish(record('hai'), 0)).toEqual({ conflict: 1 });
    expect(await b.publish(record('hai'), 1)).toEqual({ version: 2 });
    expect(await a.publish(record('khác', { province: 'khanh-hoa' }), 0)).toEqual({ version: 1 });
    expect((await a.latest('ho-chi-minh'))?.note).toBe('hai');
    expect((await b.version('ho-chi-minh', 1))?.pack).toBe('{"note":"một"}');
    expect((await a.history('ho-chi-minh')).map((v) => [v.version, v.note, v.organizer])).toEqual([
      [2, 'hai', 'doi06-q5'],
      [1, 'một', 'doi06-q5'],
    ]);
    expect(await a.publishedProvinces()).toEqual(['ho-chi-minh', 'khanh-hoa']);
  });

  it('a roll-back resets the draft in the same transaction; a failure inside leaves everything as it was', async () => {
    const { a, b } = await open();
    await a.seedDraft('ho-chi-minh', [entry('p1', 'cũ'), entry('p2')], 'x', AT);
    await a.saveEntry('ho-chi-minh', entry('p1', 'mới'), 1, 'lan', AT);
    await a.publish(record('v1'), 0);
    // The same entry put twice breaks the primary key after the version row was written.
    const broken = b.publish(record('hỏng', { action: 'rollback', rollbackOf: 1 }), 1, {
      remove: [{ kind: 'point', id: 'p1' }],
      put: [entry('p1', 'x'), entry('p1', 'y')],
    });
    await expect(broken).rejects.toThrow();
    expect((await a.latest('ho-chi-minh'))?.version).toBe(1);
    expect((await a.draft('ho-chi-minh')).find((e) => e.id === 'p1')).toMatchObject({ rev: 2, cells: { name: 'mới' } });
    const ok = await b.publish(record('quay lại', { action: 'rollback', rollbackOf: 1 }), 1, {
      remove: [
        { kind: 'point', id: 'p1' },
        { kind: 'point', id: 'p2' },
      ],
      put: [entry('p1', 'cũ')],
    });
    expect(ok).toEqual({ version: 2 });
    expect((await a.history('ho-chi-minh'))[0]).toMatchObject({ action: 'rollback', rollbackOf: 1 });
    // The revision keeps going up: a form opened before the roll-back cannot overwrite it.
    expect((await a.draft('ho-chi-minh')).map((e) => [e.id, e.rev, e.cells.name])).toEqual([['p1', 3, 'cũ']]);
  });
});
