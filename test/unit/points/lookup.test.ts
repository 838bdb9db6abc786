import { describe, expect, it } from 'vitest';
import { PointCatalog, provincesFor } from '../../../src/core/points/lookup';
import { upcomingOccurrences } from '../../../src/core/points/sessions';
import type { MobileSession, ProvinceData, ProvinceInfo, RegistrationPoint } from '../../../src/core/points/types';

const base = { address: 'a', commune: 'c', province: 'p1', aliases: [] as string[], source: 's', sample: false };
const police: RegistrationPoint = {
  ...base,
  id: 'police',
  name: 'Police',
  kind: 'police',
  services: ['level2', 'card', 'help'],
  lat: 10.75,
  lng: 106.66,
  hours: 'Mo-Fr 07:30-11:30,13:30-17:00; PH off',
  verified: '2026-11-20',
};
const guidance: RegistrationPoint = {
  ...base,
  id: 'guide',
  name: 'Guide',
  kind: 'guidance',
  services: ['help'],
  lat: 10.7501,
  lng: 106.6601,
  hours: 'Sa,Su 07:30-11:00',
  verified: '2026-01-01',
};
const venue: RegistrationPoint = { ...base, id: 'venue', name: 'Venue', kind: 'mobile', services: ['help'], lat: 10.7502, lng: 106.6602 };
const pastVenue: RegistrationPoint = { ...venue, id: 'old-venue', lat: 10.75, lng: 106.66 };
const session: MobileSession = {
  id: 's',
  place: 'venue',
  dates: ['2026-12-05', '2026-12-12', '2026-12-19', '2026-12-26'],
  times: [[450, 660]],
  services: ['level2'],
  source: 's',
  sample: false,
};
const oldSession: MobileSession = { ...session, id: 'old', place: 'old-venue', dates: ['2026-11-01'] };
const data: ProvinceData = { province: 'p1', points: [police, guidance, venue, pastVenue], sessions: [session, oldSession] };

describe('PointCatalog', () => {
  const catalog = new PointCatalog([]);
  catalog.add(data);
  catalog.add(data); // loading a province twice must not double its points
  const now = { date: '2026-12-01', minutes: 10 * 60 };

  it('orders by distance, leaves out venues with no session to come, and describes each point', () => {
    const results = catalog.nearest(10.7503, 106.6603, { now });
    // The police office was confirmed 11 days ago: before the nearer entries nobody confirmed this month.
    expect(results.map((r) => r.point.id)).toEqual(['police', 'venue', 'guide']);
    expect(results[1]?.nextSessions.map((o) => o.date)).toEqual(['2026-12-05', '2026-12-12', '2026-12-19']);
    expect(results[1]?.status).toEqual({ state: 'closed', allDay: true, next: { date: '2026-12-05', at: 450 } });
    expect(results[2]?.verification).toBe('stale');
    expect(results[0]).toMatchObject({ verification: 'fresh', status: { state: 'open', until: 690 } });
  });

  it('filters by service, counting a service offered by a coming mobile session', () => {
    expect(catalog.nearest(10.7503, 106.6603, { now, service: 'level2' }).map((r) => r.point.id)).toEqual(['police', 'venue']);
    expect(catalog.nearest(10.7503, 106.6603, { now, service: 'card' }).map((r) => r.point.id)).toEqual(['police']);
    // After its last session the venue no longer offers level 2.
    expect(catalog.offers(venue, 'level2', { date: '2026-12-27', minutes: 0 })).toBe(false);
  });

  it('finds points and their sessions by id', () => {
    expect(catalog.byId('police')?.name).toBe('Police');
    expect(catalog.sessionsHere('venue')).toEqual([session]);
    expect(catalog.byId('nope')).toBeUndefined();
  });
});

describe('upcomingOccurrences', () => {
  it('keeps today only while a time range is still to come, and can filter and limit', () => {
    expect(upcomingOccurrences([session], { date: '2026-12-05', minutes: 600 }, { limit: 2 }).map((o) => o.date)).toEqual([
      '2026-12-05',
      '2026-12-12',
    ]);
    expect(upcomingOccurrences([session], { date: '2026-12-05', minutes: 660 }, { limit: 1 }).map((o) => o.date)).toEqual(['2026-12-12']);
    expect(upcomingOccurrences([session], { date: '2026-12-01', minutes: 0 }, { service: 'card' })).toEqual([]);
  });
});

describe('provincesFor', () => {
  const info = (id: string, bounds?: [number, number, number, number]): ProvinceInfo => ({
    id,
    name: id,
    aliases: [],
    center: [0, 0],
    bounds,
    points: 1,
    sessions: 0,
  });
  const hcm = info('ho-chi-minh', [10.75, 106.6, 10.88, 106.7]);
  const dongNai = info('dong-nai', [10.9, 106.8, 11.2, 107.2]);
  const thanhHoa = info('thanh-hoa', [19.8, 105.7, 20.1, 105.9]);
  const empty = info('ha-noi');

  it('loads every province with points near the person, nearest first', () => {
    expect(provincesFor([thanhHoa, dongNai, hcm, empty], 10.85, 106.75).map((p) => p.id)).toEqual(['ho-chi-minh', 'dong-nai']);
  });

  it('falls back to the closest province with data when none is near', () => {
    expect(provincesFor([thanhHoa, dongNai, hcm, empty], 21.03, 105.85).map((p) => p.id)).toEqual(['thanh-hoa']);
  });
});

describe('freshness in the finder', () => {
  it('lists an entry not confirmed for over 30 days after fresh ones, nearest first within each', async () => {
    const { freshFirst, daysSinceConfirmed } = await import('../../../src/core/points/verification');
    const r = (id: string, verification: 'fresh' | 'stale' | 'unverified' | 'sample') => ({ id, verification });
    expect(freshFirst([r('a', 'stale'), r('b', 'fresh'), r('c', 'sample'), r('d', 'fresh')]).map((x) => x.id)).toEqual([
      'b',
      'd',
      'a',
      'c',
    ]);
    expect(daysSinceConfirmed({ verified: '2026-11-28' }, '2026-12-01')).toBe(3);
    expect(daysSinceConfirmed({}, '2026-12-01')).toBeUndefined();
  });
});
