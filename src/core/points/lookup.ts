import type { LocalMoment } from './clock';
import { haversineKm } from './distance';
import { NearestIndex } from './nearest';
import { holidayChecker, openStatus, pointTimes, type OpenStatus } from './open-status';
import { sessionsByPlace, upcomingOccurrences, type SessionOccurrence } from './sessions';
import type { MobileSession, ProvinceData, ProvinceInfo, RegistrationPoint, Service } from './types';
import { freshFirst, verification, type Verification } from './verification';

/** One line of the results list: where, how far, is it open, when the mobile team comes next. */
export interface PointResult {
  point: RegistrationPoint;
  km: number;
  status: OpenStatus;
  /** The next few dates of mobile sessions held at this point. */
  nextSessions: SessionOccurrence[];
  verification: Verification;
  /** Today is a day off (nghỉ lễ) and the point's own hours are closed for it. */
  dayOff: boolean;
}

/** Loaded provinces, searchable together (a person near a border sees both sides). */
export class PointCatalog {
  readonly points: RegistrationPoint[] = [];
  private readonly sessionsAt = new Map<string, MobileSession[]>();
  private index: NearestIndex | undefined;
  private readonly loaded = new Set<string>();
  private readonly isHoliday: (date: string) => boolean;

  /** The days off: a list, or a check that can learn days published later (organizers' days off). */
  constructor(holidays: readonly string[] | ((date: string) => boolean)) {
    this.isHoliday = typeof holidays === 'function' ? holidays : holidayChecker(holidays);
  }

  add(data: ProvinceData): void {
    if (this.loaded.has(data.province)) return;
    this.loaded.add(data.province);
    // Closed for good: not somewhere to send anyone (a link to it says it is unknown).
    this.points.push(...data.points.filter((p) => p.closed !== 'permanent'));
    for (const [place, list] of sessionsByPlace(data.sessions)) this.sessionsAt.set(place, list);
    this.index = undefined;
  }

  /** A province's data replaced by a newer publication (or a roll-back to an older one). */
  replace(data: ProvinceData): void {
    const gone = new Set(this.points.filter((p) => p.province === data.province).map((p) => p.id));
    for (let i = this.points.length - 1; i >= 0; i--) if (gone.has(this.points[i]!.id)) this.points.splice(i, 1);
    for (const id of gone) this.sessionsAt.delete(id);
    this.loaded.delete(data.province);
    this.add(data);
  }

  has(province: string): boolean {
    return this.loaded.has(province);
  }

  byId(id: string): RegistrationPoint | undefined {
    return this.points.find((p) => p.id === id);
  }

  sessionsHere(pointId: string): MobileSession[] {
    return this.sessionsAt.get(pointId) ?? [];
  }

  /** Does the point offer the service, itself or through a coming mobile session held there? */
  offers(point: RegistrationPoint, service: Service, now: LocalMoment): boolean {
    if (point.services.includes(service)) return true;
    return upcomingOccurrences(held(this.sessionsHere(point.id)), now, { service, limit: 1 }).length > 0;
  }

  describe(point: RegistrationPoint, km: number, now: LocalMoment): PointResult {
    const here = this.sessionsHere(point.id);
    const status = openStatus(pointTimes(point, held(here), this.isHoliday), now);
    return {
      point,
      km,
      status,
      nextSessions: upcomingOccurrences(here, now, { limit: 3 }),
      verification: verification(point, now.date),
      dayOff: this.isHoliday(now.date) && status.state === 'closed' && status.allDay,
    };
  }

  nearest(lat: number, lng: number, opts: { now: LocalMoment; k?: number; service?: Service }): PointResult[] {
    this.index ??= new NearestIndex(this.points);
    const { service, now } = opts;
    // A mobile venue with no session left is not somewhere to go: leave it out.
    const accept = (i: number) => {
      const p = this.points[i];
      if (!p || p.closed) return false;
      if (p.kind === 'mobile' && upcomingOccurrences(this.sessionsHere(p.id), now, { limit: 1 }).length === 0) return false;
      return service === undefined || this.offers(p, service, now);
    };
    return freshFirst(
      this.index.nearest(lat, lng, opts.k ?? 10, accept).flatMap(({ index, km }) => {
        const p = this.points[index];
        return p ? [this.describe(p, km, now)] : [];
      }),
    );
  }
}

/**
 * Which provinces' data to load for a position: those whose points' bounds lie within `marginKm`
 * (a person near a border), else the closest one that has data. Provinces are ordered nearest first.
 */
export function provincesFor(provinces: readonly ProvinceInfo[], lat: number, lng: number, marginKm = 25): ProvinceInfo[] {
  const withData = provinces
    .filter((p) => p.bounds)
    .map((p) => ({ p, km: kmToBounds(p.bounds as [number, number, number, number], lat, lng) }))
    .sort((a, b) => a.km - b.km);
  const near = withData.filter((x) => x.km <= marginKm).map((x) => x.p);
  if (near.length) return near;
  return withData.slice(0, 1).map((x) => x.p);
}

function kmToBounds([s, w, n, e]: [number, number, number, number], lat: number, lng: number): number {
  const clampedLat = Math.min(n, Math.max(s, lat));
  const clampedLng = Math.min(e, Math.max(w, lng));
  return haversineKm(lat, lng, clampedLat, clampedLng);
}

/** Sessions that still take place: a cancelled one is shown as cancelled, never as open. */
function held(sessions: readonly MobileSession[]): MobileSession[] {
  return sessions.filter((s) => !s.cancelled);
}
