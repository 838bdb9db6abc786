import type { DayOff, DayOffChange, DayOffRecord, Notice, NoticeProblem } from '../../core/notices/notice';
import { call, post } from '../api';

/** The notices and days-off API (src/server/notices/routes.ts) as the dashboard calls it. */
export interface NoticeArea {
  code: string;
  name: string;
}
export type { DayOffChange, DayOffRecord };

/** A refused write: the server's message and, for a form, each field's problem. */
export class NoticeApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly problems: NoticeProblem[] = [],
  ) {
    super(message);
  }
}

async function send<T>(path: string, body: unknown): Promise<T> {
  const res = await fetch(path, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const data = (await res.json().catch(() => ({}))) as { message?: string; problems?: NoticeProblem[] };
  if (!res.ok) throw new NoticeApiError(res.status, data.message ?? res.statusText, data.problems);
  return data as T;
}

export const readNotices = () => call<{ areas: NoticeArea[]; notices: Notice[]; now: string }>('/api/dashboard/notices');
export const addNotice = (n: { area: string; text: string; until: string }) => send<{ notice: Notice }>('/api/dashboard/notices', n);
export const endNotice = (id: number) => post(`/api/dashboard/notices/${id}/end`);
export const readDaysOff = () => call<{ daysOff: DayOffRecord[]; changes: DayOffChange[] }>('/api/dashboard/days-off');
export const setDayOff = (d: DayOff) => send<{ ok: true }>('/api/dashboard/days-off', d);
export const removeDayOff = (date: string) => send<{ ok: true }>('/api/dashboard/days-off/remove', { date });
