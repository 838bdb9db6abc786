import type { LocalMoment } from './clock';
import type { MobileSession, Service } from './types';

/** One date of a mobile team's session (buổi làm việc của tổ lưu động). */
export interface SessionOccurrence {
  session: MobileSession;
  date: string;
  times: [number, number][];
}

/**
 * The coming occurrences of sessions, soonest first: today's count while their last time range has
 * not ended. `limit` keeps result lists short ("next mobile dates").
 */
export function upcomingOccurrences(
  sessions: readonly MobileSession[],
  now: LocalMoment,
  opts: { limit?: number; service?: Service } = {},
): SessionOccurrence[] {
  const out: SessionOccurrence[] = [];
  for (const session of sessions) {
    if (opts.service && !session.services.includes(opts.service)) continue;
    const lastEnd = session.times[session.times.length - 1]?.[1] ?? 0;
    for (const date of session.dates) {
      if (date < now.date || (date === now.date && lastEnd <= now.minutes)) continue;
      out.push({ session, date, times: session.times });
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
