import type { LocalMoment } from './clock';
import type { MobileSession, Service } from './types';

/** One date of a mobile team's session (buổi làm việc của tổ lưu động). */
export interface SessionOccurrence {
  session: MobileSession;
  date: string;
  times: [number, number][];
}

/**
 * The coming occurrences of sessions, soonest first; today's keep only the time ranges not yet
 * ended. `limit` keeps result lists short ("next mobile dates").
 */
export function upcomingOccurrences(
  sessions: readonly MobileSession[],
  now: LocalMoment,
  opts: { limit?: number; service?: Service } = {},
): SessionOccurrence[] {
  const out: SessionOccurrence[] = [];
  for (const session of sessions) {
    if (opts.service && !session.services.includes(opts.service)) continue;
    for (const date of session.dates) {
      if (date < now.date) continue;
      // Today, only the time ranges that have not ended yet.
      const times = date === now.date ? session.times.filter(([, end]) => end > now.minutes) : session.times;
      if (times.length) out.push({ session, date, times });
    }
  }
  out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : (a.times[0]?.[0] ?? 0) - (b.times[0]?.[0] ?? 0)));
  return opts.limit === undefined ? out : out.slice(0, opts.limit);
}

/** Sessions grouped by the venue (point id) they are held at. */
export function sessionsByPlace(sessions: readonly MobileSession[]): Map<string, MobileSession[]> {
  const map = new Map<string, MobileSession[]>();
  for (const s of sessions) {
    const list = map.get(s.place);
    if (list) list.push(s);
    else map.set(s.place, [s]);
  }
  return map;
}
