import type { Notice } from '../../core/notices/notice';
import type { DayOffChange, DayOffRecord, NoticeStore } from '../notices/notice-store';
import { NOTICE_COLUMNS, toDayOff, toDayOffChange, toNotice, type DayOffChangeRow, type DayOffRow, type NoticeRow } from './notice-sql';
import { inTransaction, type PgPool } from './postgres-db';

/** Notices and days off in PostgreSQL (the twin of sqlite-notice-store.ts). */
export class PostgresNoticeStore implements NoticeStore {
  constructor(private readonly pool: PgPool) {}

  async addNotice(n: Omit<Notice, 'id' | 'endedBy' | 'endedAt'> & { at: string }): Promise<Notice> {
    const { rows } = await this.pool.query<{ id: string }>(
      'INSERT INTO notices (area, area_name, text, starts, expires, created_by, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id',
      [n.area, n.areaName, n.text, n.from, n.until, n.by, n.at],
    );
    return { id: Number(rows[0]!.id), area: n.area, areaName: n.areaName, text: n.text, from: n.from, until: n.until, by: n.by };
  }

  async endNotice(id: number, by: string, at: string): Promise<boolean> {
    const r = await this.pool.query('UPDATE notices SET ended_by = $1, ended_at = $2 WHERE id = $3 AND ended_at IS NULL', [by, at, id]);
    return r.rowCount === 1;
  }

  async notice(id: number): Promise<Notice | undefined> {
    const { rows } = await this.pool.query<NoticeRow>(`SELECT ${NOTICE_COLUMNS} FROM notices WHERE id = $1`, [id]);
    return rows[0] && toNotice(rows[0]);
  }

  async notices(limit: number): Promise<Notice[]> {
    const { rows } = await this.pool.query<NoticeRow>(`SELECT ${NOTICE_COLUMNS} FROM notices ORDER BY id DESC LIMIT $1`, [limit]);
    return rows.map(toNotice);
  }

  async activeNotices(now: string): Promise<Notice[]> {
    const { rows } = await this.pool.query<NoticeRow>(
      `SELECT ${NOTICE_COLUMNS} FROM notices WHERE ended_at IS NULL AND expires > $1 ORDER BY id DESC`,
      [now],
    );
    return rows.map(toNotice);
  }

  async daysOff(): Promise<DayOffRecord[]> {
    const { rows } = await this.pool.query<DayOffRow>('SELECT date, name, kind, updated_by, updated_at FROM days_off ORDER BY date');
    return rows.map(toDayOff);
  }

  async setDayOff(d: DayOffRecord): Promise<void> {
    await inTransaction(this.pool, async (client) => {
      await client.query(
        `INSERT INTO days_off (date, name, kind, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (date) DO UPDATE SET name = excluded.name, kind = excluded.kind,
           updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
        [d.date, d.name, d.kind, d.by, d.at],
      );
      await client.query('INSERT INTO days_off_changes (at, organizer, action, date, name) VALUES ($1, $2, $3, $4, $5)', [
        d.at,
        d.by,
        'set',
        d.date,
        `${d.name} (${d.kind})`,
      ]);
    });
  }

  async removeDayOff(date: string, by: string, at: string): Promise<boolean> {
    return inTransaction(this.pool, async (client) => {
      const { rows } = await client.query<{ name: string }>('DELETE FROM days_off WHERE date = $1 RETURNING name', [date]);
      if (rows[0])
        await client.query('INSERT INTO days_off_changes (at, organizer, action, date, name) VALUES ($1, $2, $3, $4, $5)', [
          at,
          by,
          'remove',
          date,
          rows[0].name,
        ]);
      return rows.length === 1;
    });
  }

  async dayOffChanges(limit: number): Promise<DayOffChange[]> {
    const { rows } = await this.pool.query<DayOffChangeRow>(
      'SELECT at, organizer, action, date, name FROM days_off_changes ORDER BY seq DESC LIMIT $1',
      [limit],
    );
    return rows.map(toDayOffChange);
  }
}
