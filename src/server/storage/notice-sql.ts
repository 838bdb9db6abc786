import type { DayOffKind, Notice } from '../../core/notices/notice';
import type { DayOffChange, DayOffRecord } from '../notices/notice-store';

/** Rows of the notices and days-off tables as both databases return them: one conversion for both stores. */
export interface NoticeRow {
  id: number | string;
  area: string;
  area_name: string;
  text: string;
  starts: string;
  expires: string;
  created_by: string;
  created_at: string;
  ended_by: string | null;
  ended_at: string | null;
}
export interface DayOffRow {
  date: string;
  name: string;
  kind: string;
  updated_by: string;
  updated_at: string;
}
export interface DayOffChangeRow {
  at: string;
  organizer: string;
  action: string;
  date: string;
  name: string;
}

export const NOTICE_COLUMNS = 'id, area, area_name, text, starts, expires, created_by, created_at, ended_by, ended_at';

export function toNotice(r: NoticeRow): Notice {
  const n: Notice = {
    id: Number(r.id),
    area: r.area,
    areaName: r.area_name,
    text: r.text,
    from: r.starts,
    until: r.expires,
    by: r.created_by,
  };
  if (r.ended_by) n.endedBy = r.ended_by;
  if (r.ended_at) n.endedAt = r.ended_at;
  return n;
}

export const toDayOff = (r: DayOffRow): DayOffRecord => ({
  date: r.date,
  name: r.name,
  kind: r.kind as DayOffKind,
  by: r.updated_by,
  at: r.updated_at,
});

export const toDayOffChange = (r: DayOffChangeRow): DayOffChange => ({
  at: r.at,
  by: r.organizer,
  action: r.action === 'remove' ? 'remove' : 'set',
  date: r.date,
  name: r.name,
});
