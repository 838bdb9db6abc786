import type { PointsPack } from './pack';

/**
 * The open feed of one province's published points and sessions (docs/points-feed.md): plain JSON
 * a provincial portal or a chat bot can read without scraping the app. One session row per date
 * and time range, each with its status, so "cancelled" is said, not just missing.
 */
export const FEED_FORMAT = 'vneid-points-feed/1';

export interface FeedLocation {
  id: string;
  name: string;
  kind: string;
  address: string;
  commune: string;
  province: string;
  position: { lat: number; lng: number };
  phone: string | null;
  /** Opening hours in the app's syntax (content/points/README.md), null for mobile venues. */
  hours: string | null;
  services: string[];
  status: 'open' | 'closed-temporarily';
  /** YYYY-MM-DD when someone last confirmed it with the unit, or null. */
  verified: string | null;
  /** Who confirmed it then (an organizer account or unit), or null. */
  confirmedBy: string | null;
  sample: boolean;
}

export interface FeedSession {
  id: string;
  location: string;
  date: string;
  start: string;
  end: string;
  services: string[];
  status: 'scheduled' | 'cancelled';
  notes: string | null;
  /** YYYY-MM-DD when an organizer last confirmed the session, and who; null when never. */
  verified: string | null;
  confirmedBy: string | null;
}

export interface Feed {
  format: typeof FEED_FORMAT;
  province: string;
  version: number;
  /** When this version was published (ISO): the freshness of every entry below. */
  published: string;
  generated: string;
  locations: FeedLocation[];
  sessions: FeedSession[];
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

export function feedOf(pack: PointsPack, now: Date): Feed {
  return {
    format: FEED_FORMAT,
    province: pack.province,
    version: pack.version,
    published: pack.published,
    generated: now.toISOString(),
    // Closed for good: gone from the feed, as from the finder.
    locations: pack.points
      .filter((p) => p.closed !== 'permanent')
      .map((p) => ({
        id: p.id,
        name: p.name,
        kind: p.kind,
        address: p.address,
        commune: p.commune,
        province: p.province,
        position: { lat: p.lat, lng: p.lng },
        phone: p.phone ?? null,
        hours: p.hours ?? null,
        services: p.services,
        status: p.closed === 'temporary' ? 'closed-temporarily' : 'open',
        verified: p.verified ?? null,
        confirmedBy: p.confirmedBy ?? null,
        sample: p.sample,
      })),
    sessions: pack.sessions.flatMap((s) =>
      s.dates.flatMap((date) =>
        s.times.map(([a, b]) => ({
          id: `${s.id}:${date}:${hhmm(a)}`,
          location: s.place,
          date,
          start: hhmm(a),
          end: hhmm(b),
          services: s.services,
          status: s.cancelled ? ('cancelled' as const) : ('scheduled' as const),
          notes: s.notes ?? null,
          verified: s.verified ?? null,
          confirmedBy: s.confirmedBy ?? null,
        })),
      ),
    ),
  };
}
