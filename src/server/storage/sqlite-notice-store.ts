import type { Notice } from '../../core/notices/notice';
import type { DayOffChange, DayOffRecord, NoticeStore } from '../notices/notice-store';
import { NOTICE_COLUMNS, toDayOff, toDayOffChange, toNotice, type DayOffChangeRow, type DayOffRow, type NoticeRow } from './notice-sql';
import type { SqliteDb } from './sqlite-db';

/** Notices and days off in the same SQLite file as the counts. */
export class SqliteNoticeStore implements NoticeStore {
  constructor(private readonly db: SqliteDb) {}

  async addNotice(n: Omit<Notice, 'id' | 'endedBy' | 'endedAt'> & { at: string }): Promise<Notice> {
    const r = this.db
      .prepare('INSERT INTO notices (area, area_name, text, starts, expires, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(n.area, n.areaName, n.text, n.from, n.until, n.by, n.at);
    return { id: Number(r.lastInsertRowid), area: n.area, areaName: n.areaName, text: n.text, from: n.from, until: n.until, by: n.by };
  }

  async endNotice(id: number, by: string, at: string): Promise<boolean> {
    return this.db.prepare('UPDATE notices SET ended_by = ?, ended_at = ? WHERE id = ? AND ended_at IS NULL').run(by, at, id).changes === 1;
  }

  async notice(id: number): Promise<Notice | undefined> {
    const row = this.db.prepare(`SELECT ${NOTICE_COLUMNS} FROM notices WHERE id = ?`).get(id) as NoticeRow | undefined;
    return row && toNotice(row);
  }

  async notices(limit: number): Promise<Notice[]> {
    return (this.db.prepare(`SELECT ${NOTICE_COLUMNS} FROM notices ORDER BY id DESC LIMIT ?`).all(limit) as NoticeRow[]).map(toNotice);
  }

  async activeNotices(now: string): Promise<Notice[]> {
    const rows = this.db
      .prepare(`SELECT ${NOTICE_COLUMNS} FROM notices WHERE ended_at IS NULL AND expires > ? ORDER BY id DESC`)
      .all(now) as NoticeRow[];
    return rows.map(toNotice);
  }

  async daysOff(): Promise<DayOffRecord[]> {
    return (this.db.prepare('SELECT date, name, kind, updated_by, updated_at FROM days_off ORDER BY date').all() as DayOffRow[]).map(
      toDayOff,
    );
  }

  async setDayOff(d: DayOffRecord): Promise<void> {
    this.db
      .transaction(() => {
        this.db
          .prepare(
            `INSERT INTO days_off (date, name, kind, updated_by, updated_at) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (date) DO UPDATE SET name = excluded.name, kind = excluded.kind,
               updated_by = excluded.updated_by, updated_at = excluded.updated_at`,
          )
          .run(d.date, d.name, d.kind, d.by, d.at);
        this.db
          .prepare('INSERT INTO days_off_changes (at, organizer, action, date, name) VALUES (?, ?, ?, ?, ?)')
          .run(d.at, d.by, 'set', d.date, `${d.name} (${d.kind})`);
      })
      .immediate();
  }

  async removeDayOff(date: string, by: string, at: string): Promise<boolean> {
    return this.db
      .transaction(() => {
        const row = this.db.prepare('DELETE FROM days_off WHERE date = ? RETURNING name').get(date) as { name: string } | undefined;
        if (!row) return false;
        this.db
          .prepare('INSERT INTO days_off_changes (at, organizer, action, date, name) VALUES (?, ?, ?, ?, ?)')
          .run(at, by, 'remove', date, row.name);
        return true;
      })
      .immediate();
  }

  async dayOffChanges(limit: number): Promise<DayOffChange[]> {
    const rows = this.db
      .prepare('SELECT at, organizer, action, date, name FROM days_off_changes ORDER BY seq DESC LIMIT ?')
      .all(limit) as DayOffChangeRow[];
    return rows.map(toDayOffChange);
  }
}
