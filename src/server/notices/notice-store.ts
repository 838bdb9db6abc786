import type { DayOffChange, DayOffRecord, Notice } from '../../core/notices/notice';

export type { DayOffChange, DayOffRecord };

/**
 * Notices and days off behind one store (SQLite by default, PostgreSQL twin). A notice is never
 * deleted: taking it down early records who did it, so the list is also the history.
 */
export interface NoticeStore {
  addNotice(n: Omit<Notice, 'id' | 'endedBy' | 'endedAt'> & { at: string }): Promise<Notice>;
  /** Takes a notice down; false when there is no such notice or it was already taken down. */
  endNotice(id: number, by: string, at: string): Promise<boolean>;
  notice(id: number): Promise<Notice | undefined>;
  /** Newest first, at most `limit`; every notice, expired and taken down included. */
  notices(limit: number): Promise<Notice[]>;
  /** Notices not taken down that expire after `now` (ISO). */
  activeNotices(now: string): Promise<Notice[]>;
  daysOff(): Promise<DayOffRecord[]>;
  setDayOff(d: DayOffRecord): Promise<void>;
  removeDayOff(date: string, by: string, at: string): Promise<boolean>;
  dayOffChanges(limit: number): Promise<DayOffChange[]>;
}
