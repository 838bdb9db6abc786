import type { DraftEntry, EntryKind } from '../../core/publish/draft';
import type { ChangeRecord, NewEntry, PublicationStore, SaveOutcome, VersionRecord, VersionSummary } from '../publish/publication-store';
import {
  RECORD_COLUMNS,
  SUMMARY_COLUMNS,
  toChange,
  toDraftEntry,
  toRecord,
  toSummary,
  versionArgs,
  type ChangeRow,
  type DraftRow,
  type VersionRow,
} from './publication-sql';
import type { SqliteDb } from './sqlite-db';

const INSERT_VERSION = `INSERT INTO published_versions (${RECORD_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const INSERT_CHANGE = 'INSERT INTO content_changes (province, at, organizer, action, kind, id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)';

/** Drafts, versions and the change log in the same SQLite file as the counts. */
export class SqlitePublicationStore implements PublicationStore {
  constructor(private readonly db: SqliteDb) {}

  async draft(province: string): Promise<DraftEntry[]> {
    const rows = this.db
      .prepare('SELECT kind, id, cells, rev, updated_by, updated_at FROM draft_entries WHERE province = ? ORDER BY kind, id')
      .all(province) as DraftRow[];
    return rows.map(toDraftEntry);
  }

  async hasDraft(province: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM draft_provinces WHERE province = ?').get(province) !== undefined;
  }

  async seedDraft(province: string, entries: readonly NewEntry[], by: string, at: string): Promise<boolean> {
    return this.db
      .transaction(() => {
        const r = this.db.prepare('INSERT INTO draft_provinces (province, started) VALUES (?, ?) ON CONFLICT DO NOTHING').run(province, at);
        if (r.changes !== 1) return false;
        const put = this.db.prepare(
          'INSERT INTO draft_entries (province, kind, id, cells, rev, updated_by, updated_at) VALUES (?, ?, ?, ?, 1, ?, ?)',
        );
        for (const e of entries) put.run(province, e.kind, e.id, JSON.stringify(e.cells), by, at);
        this.db.prepare(INSERT_CHANGE).run(province, at, by, 'seed', null, null, `${entries.length} entries from the built content`);
        return true;
      })
      .immediate();
  }

  async saveEntry(province: string, entry: NewEntry, baseRev: number, by: string, at: string): Promise<SaveOutcome> {
    return this.db
      .transaction((): SaveOutcome => {
        const current = this.db
          .prepare('SELECT kind, id, cells, rev, updated_by, updated_at FROM draft_entries WHERE province = ? AND kind = ? AND id = ?')
          .get(province, entry.kind, entry.id) as DraftRow | undefined;
        const currentRev = current ? Number(current.rev) : 0;
        if (currentRev !== baseRev) return { conflict: current && toDraftEntry(current) };
        this.db.prepare('INSERT INTO draft_provinces (province, started) VALUES (?, ?) ON CONFLICT DO NOTHING').run(province, at);
        this.db
          .prepare(
            `INSERT INTO draft_entries (province, kind, id, cells, rev, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
             ON CONFLICT (province, kind, id) DO UPDATE SET cells = excluded.cells, rev = excluded.rev,
               updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
          )
          .run(province, entry.kind, entry.id, JSON.stringify(entry.cells), currentRev + 1, by, at);
        this.db.prepare(INSERT_CHANGE).run(province, at, by, 'save', entry.kind, entry.id, Object.keys(entry.cells).sort().join(' '));
        return { saved: { ...entry, rev: currentRev + 1, updatedBy: by, updatedAt: at } };
      })
      .immediate();
  }

  async publish(
    record: Omit<VersionRecord, 'version'>,
    expectedLatest: number,
    resetDraft?: { remove: readonly { kind: EntryKind; id: string }[]; put: readonly NewEntry[] },
  ): Promise<{ version: number } | { conflict: number }> {
    return this.db
      .transaction((): { version: number } | { conflict: number } => {
        const latest = this.latestNumber(record.province);
        if (latest !== expectedLatest) return { conflict: latest };
        this.db.prepare(INSERT_VERSION).run(...versionArgs(record, latest + 1));
        if (resetDraft) {
          const revOf = this.db.prepare('SELECT rev FROM draft_entries WHERE province = ? AND kind = ? AND id = ?');
          const remove = this.db.prepare('DELETE FROM draft_entries WHERE province = ? AND kind = ? AND id = ?');
          const put = this.db.prepare(
            'INSERT INTO draft_entries (province, kind, id, cells, rev, updated_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
          );
          const revs = new Map<string, number>();
          for (const e of resetDraft.remove) {
            const row = revOf.get(record.province, e.kind, e.id) as { rev: number } | undefined;
            if (row) revs.set(`${e.kind}:${e.id}`, Number(row.rev));
            remove.run(record.province, e.kind, e.id);
          }
          // A later save from a form opened before the roll-back is a conflict: the revision keeps going up.
          for (const e of resetDraft.put)
            put.run(
              record.province,
              e.kind,
              e.id,
              JSON.stringify(e.cells),
              (revs.get(`${e.kind}:${e.id}`) ?? 0) + 1,
              record.organizer,
              record.publishedAt,
            );
        }
        this.db
          .prepare(INSERT_CHANGE)
          .run(record.province, record.publishedAt, record.organizer, record.action, null, null, `v${latest + 1}: ${record.note}`);
        return { version: latest + 1 };
      })
      .immediate();
  }

  async latest(province: string): Promise<VersionRecord | undefined> {
    const row = this.db
      .prepare(`SELECT ${RECORD_COLUMNS} FROM published_versions WHERE province = ? ORDER BY version DESC LIMIT 1`)
      .get(province) as VersionRow | undefined;
    return row && toRecord(row);
  }

  async version(province: string, version: number): Promise<VersionRecord | undefined> {
    const row = this.db
      .prepare(`SELECT ${RECORD_COLUMNS} FROM published_versions WHERE province = ? AND version = ?`)
      .get(province, version) as VersionRow | undefined;
    return row && toRecord(row);
  }

  async history(province: string): Promise<VersionSummary[]> {
    const rows = this.db
      .prepare(`SELECT ${SUMMARY_COLUMNS} FROM published_versions WHERE province = ? ORDER BY version DESC`)
      .all(province) as VersionRow[];
    return rows.map(toSummary);
  }

  async changes(province: string, limit: number): Promise<ChangeRecord[]> {
    const rows = this.db
      .prepare('SELECT province, at, organizer, action, kind, id, detail FROM content_changes WHERE province = ? ORDER BY seq DESC LIMIT ?')
      .all(province, limit) as ChangeRow[];
    return rows.map(toChange);
  }

  async publishedProvinces(): Promise<string[]> {
    const rows = this.db.prepare('SELECT DISTINCT province FROM published_versions ORDER BY province').all() as { province: string }[];
    return rows.map((r) => r.province);
  }

  private latestNumber(province: string): number {
    const row = this.db.prepare('SELECT max(version) AS v FROM published_versions WHERE province = ?').get(province) as {
      v: number | null;
    };
    return Number(row.v ?? 0);
  }
}
