import type { DayOff, Notice } from '../../core/notices/notice';

/** A day off as kept: with who set it and when. */
export interface DayOffRecord extends DayOff {
  by: string;
  at: string;
}

/** One change of the days off, for the history: who added or removed which day. */
export interface DayOffChange {
  at: string;
  by: string;
  action: 'set' | 'remove';
  date: string;
  name: string;
}

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
