import type pg from 'pg';
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
import { inTransaction, type PgPool } from './postgres-db';

const INSERT_VERSION = `INSERT INTO published_versions (${RECORD_COLUMNS}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`;
const INSERT_CHANGE = 'INSERT INTO content_changes (province, at, organizer, action, kind, id, detail) VALUES ($1, $2, $3, $4, $5, $6, $7)';
type Query = (sql: string, args?: unknown[]) => Promise<pg.QueryResult>;

/**
 * The twin of sqlite-publication-store.ts on PostgreSQL. Writes to one province take a
 * transaction-scoped advisory lock on it, so two instances saving or publishing at once are
 * serialized: the second sees the first's revision or version and gets a conflict.
 */
export class PostgresPublicationStore implements PublicationStore {
  constructor(private readonly pool: PgPool) {}

  async draft(province: string): Promise<DraftEntry[]> {
    const { rows } = await this.pool.query<DraftRow>(
      'SELECT kind, id, cells, rev, updated_by, updated_at FROM draft_entries WHERE province = $1 ORDER BY kind, id',
      [province],
    );
    return rows.map(toDraftEntry);
  }

  async hasDraft(province: string): Promise<boolean> {
    return ((await this.pool.query('SELECT 1 FROM draft_provinces WHERE province = $1', [province])).rowCount ?? 0) > 0;
  }

  async seedDraft(province: string, entries: readonly NewEntry[], by: string, at: string): Promise<boolean> {
    return this.inProvince(province, async (q) => {
      const r = await q('INSERT INTO draft_provinces (province, started) VALUES ($1, $2) ON CONFLICT DO NOTHING', [province, at]);
      if (r.rowCount !== 1) return false;
      for (const e of entries)
        await q('INSERT INTO draft_entries (province, kind, id, cells, rev, updated_by, updated_at) VALUES ($1, $2, $3, $4, 1, $5, $6)', [
          province,
          e.kind,
          e.id,
          JSON.stringify(e.cells),
          by,
          at,
        ]);
      await q(INSERT_CHANGE, [province, at, by, 'seed', null, null, `${entries.length} entries from the built content`]);
      return true;
    });
  }

  async saveEntry(province: string, entry: NewEntry, baseRev: number, by: string, at: string): Promise<SaveOutcome> {
    return this.inProvince(province, async (q): Promise<SaveOutcome> => {
      const { rows } = await q(
        'SELECT kind, id, cells, rev, updated_by, updated_at FROM draft_entries WHERE province = $1 AND kind = $2 AND id = $3',
        [province, entry.kind, entry.id],
      );
      const current = rows[0] as DraftRow | undefined;
      const currentRev = current ? Number(current.rev) : 0;
      if (currentRev !== baseRev) return { conflict: current && toDraftEntry(current) };
      await q('INSERT INTO draft_provinces (province, started) VALUES ($1, $2) ON CONFLICT DO NOTHING', [province, at]);
      await q(
        `INSERT INTO draft_entries (province, kind, id, cells, rev, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (province, kind, id) DO UPDATE SET cells = excluded.cells, rev = excluded.rev,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
        [province, entry.kind, entry.id, JSON.stringify(entry.cells), currentRev + 1, by, at],
      );
      await q(INSERT_CHANGE, [province, at, by, 'save', entry.kind, entry.id, Object.keys(entry.cells).sort().join(' ')]);
      return { saved: { ...entry, rev: currentRev + 1, updatedBy: by, updatedAt: at } };
    });
  }

  async publish(
    record: Omit<VersionRecord, 'version'>,
    expectedLatest: number,
    resetDraft?: { remove: readonly { kind: EntryKind; id: string }[]; put: readonly NewEntry[] },
  ): Promise<{ version: number } | { conflict: number }> {
    return this.inProvince(record.province, async (q): Promise<{ version: number } | { conflict: number }> => {
      const { rows } = await q('SELECT max(version) AS v FROM published_versions WHERE province = $1', [record.province]);
      const latest = Number((rows[0] as { v: number | null }).v ?? 0);
      if (latest !== expectedLatest) return { conflict: latest };
      await q(INSERT_VERSION, versionArgs(record, latest + 1));
      if (resetDraft) {
        const revs = new Map<string, number>();
        for (const e of resetDraft.remove) {
          const r = await q('DELETE FROM draft_entries WHERE province = $1 AND kind = $2 AND id = $3 RETURNING rev', [
            record.province,
            e.kind,
            e.id,
          ]);
          const row = r.rows[0] as { rev: number } | undefined;
          if (row) revs.set(`${e.kind}:${e.id}`, Number(row.rev));
        }
        for (const e of resetDraft.put)
          await q(
            'INSERT INTO draft_entries (province, kind, id, cells, rev, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
            [
              record.province,
              e.kind,
              e.id,
              JSON.stringify(e.cells),
              (revs.get(`${e.kind}:${e.id}`) ?? 0) + 1,
              record.organizer,
              record.publishedAt,
            ],
          );
      }
      await q(INSERT_CHANGE, [
        record.province,
        record.publishedAt,
        record.organizer,
        record.action,
        null,
        null,
        `v${latest + 1}: ${record.note}`,
      ]);
      return { version: latest + 1 };
    });
  }

  async latest(province: string): Promise<VersionRecord | undefined> {
    const { rows } = await this.pool.query<VersionRow>(
      `SELECT ${RECORD_COLUMNS} FROM published_versions WHERE province = $1 ORDER BY version DESC LIMIT 1`,
      [province],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async version(province: string, version: number): Promise<VersionRecord | undefined> {
    const { rows } = await this.pool.query<VersionRow>(
      `SELECT ${RECORD_COLUMNS} FROM published_versions WHERE province = $1 AND version = $2`,
      [province, version],
    );
    return rows[0] && toRecord(rows[0]);
  }

  async history(province: string): Promise<VersionSummary[]> {
    const { rows } = await this.pool.query<VersionRow>(
      `SELECT ${SUMMARY_COLUMNS} FROM published_versions WHERE province = $1 ORDER BY version DESC`,
      [province],
    );
    return rows.map(toSummary);
  }

  async changes(province: string, limit: number): Promise<ChangeRecord[]> {
    const { rows } = await this.pool.query<ChangeRow>(
      'SELECT province, at, organizer, action, kind, id, detail FROM content_changes WHERE province = $1 ORDER BY seq DESC LIMIT $2',
      [province, limit],
    );
    return rows.map(toChange);
  }

  async publishedProvinces(): Promise<string[]> {
    const { rows } = await this.pool.query<{ province: string }>('SELECT DISTINCT province FROM published_versions ORDER BY province');
    return rows.map((r) => r.province);
  }

  private async inProvince<T>(province: string, work: (q: Query) => Promise<T>): Promise<T> {
    return inTransaction(this.pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock(74170002, hashtext($1))', [province]);
      return work((sql, args) => client.query(sql, args));
    });
  }
}
