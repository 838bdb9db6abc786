import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../../src/build/content/errors';
import { pointsCollection } from '../../../src/build/content/points';
import { PointCatalog, provincesFor } from '../../../src/core/points/lookup';
import { searchByKey, searchKey } from '../../../src/core/points/search-key';
import type { PlaceEntry, ProvinceData, ProvinceInfo } from '../../../src/core/points/types';
import { moduleData } from './fixtures';

const out = pointsCollection.compile(process.cwd());
const provinces = await moduleData<ProvinceInfo[]>(out.modules['points/index'], 'provinces');
const holidays = await moduleData<string[]>(out.modules['points/index'], 'holidays');
const unconfirmedHolidays = await moduleData<string[]>(out.modules['points/index'], 'unconfirmedHolidays');
const places = await moduleData<PlaceEntry[]>(out.modules['points/places'], 'places');
const byProvince = new Map<string, ProvinceData>();
for (const p of provinces) {
  const code = out.modules[`points/province/${p.id}`];
  if (code) byProvince.set(p.id, await moduleData<ProvinceData>(code, 'data'));
}
const data = (id: string): ProvinceData => {
  const d = byProvince.get(id);
  if (!d) throw new Error(`no points for ${id}`);
  return d;
};

describe('the shipped points content', () => {
  it('compiles without errors', () => {
    expect(out.errors.map(formatContentError)).toEqual([]);
  });

  it('closes offices on the 2027 holidays, marking what is not announced yet (issue 13, point 1)', () => {
    // Giỗ Tổ Hùng Vương 10/3 âm lịch = Friday 16/4/2027; Tết Đinh Mùi on Saturday 6/2/2027 brings make-up days.
    expect(holidays).toEqual(expect.arrayContaining(['2027-04-16', '2027-02-06', '2027-02-10', '2027-02-11', '2027-05-03']));
    expect(unconfirmedHolidays).toEqual(expect.arrayContaining(['2027-02-06', '2027-02-11', '2027-09-01', '2027-09-03']));
    expect(unconfirmedHolidays).not.toContain('2027-04-16');
    // The day next to 2/9 is one of 1/9 or 3/9, not announced: neither closes an office, both say "call first".
    expect(holidays).not.toContain('2027-09-01');
    expect(holidays).not.toContain('2027-09-03');
    expect(holidays).toContain('2027-09-02');
  });

  it('does not promise card or level-2 service at HCMC ward police: "call first" (issue 13, point 2)', () => {
    const hcm = data('ho-chi-minh').points;
    const wards = hcm.filter((p) => p.kind === 'police');
    expect(wards.length).toBeGreaterThan(0);
    for (const p of wards) expect(p.unconfirmedServices, p.id).toEqual(expect.arrayContaining(['level2', 'card']));
    const pc06 = hcm.find((p) => p.id === 'hcm-pc06');
    expect(pc06).toMatchObject({ address: expect.stringContaining('258 Trần Hưng Đạo'), commune: 'Phường Cầu Ông Lãnh' });
    expect(pc06?.unconfirmedServices).toEqual(['card']);
  });

  it('lists the 34 provinces of 2025, Ninh Thuận as part of Khánh Hòa', () => {
    expect(provinces).toHaveLength(34);
    expect(provinces.find((p) => p.id === 'khanh-hoa')?.aliases).toContain('Ninh Thuận');
    expect(
      provinces
        .filter((p) => p.points > 0)
        .map((p) => p.id)
        .sort(),
    ).toEqual(['ho-chi-minh', 'khanh-hoa', 'thanh-hoa']);
  });

  it('marks every shipped point and session as sample, unverified, with no phone numbers', () => {
    for (const id of ['ho-chi-minh', 'khanh-hoa', 'thanh-hoa']) {
      const d = data(id);
      for (const p of d.points) {
        expect(p, p.id).toMatchObject({ sample: true });
        expect(p.verified, p.id).toBeUndefined();
        expect(p.phone, p.id).toBeUndefined();
      }
      for (const s of d.sessions) expect(s.sample, s.id).toBe(true);
    }
  });

  it('gives every mobile venue at least one session', () => {
    for (const id of ['ho-chi-minh', 'khanh-hoa', 'thanh-hoa']) {
      const d = data(id);
      for (const p of d.points.filter((x) => x.kind === 'mobile')) {
        expect(
          d.sessions.some((s) => s.place === p.id),
          p.id,
        ).toBe(true);
      }
    }
  });

  it.each([
    ['quan 5', 'Quận 5', 'ho-chi-minh'],
    ['Q.12', 'Quận 12', 'ho-chi-minh'],
    ['phuong 12', 'Phường 12, Quận 5', 'ho-chi-minh'],
    ['bim son', 'Phường Bỉm Sơn', 'thanh-hoa'],
    ['tx bim son', 'Thị xã Bỉm Sơn', 'thanh-hoa'],
    ['xa quang trung', 'Xã Quang Trung, thị xã Bỉm Sơn', 'thanh-hoa'],
    ['ninh thuan', 'Ninh Thuận', 'khanh-hoa'],
    ['dong hung thuan', 'Phường Đông Hưng Thuận', 'ho-chi-minh'],
    ['sai gon', 'Sài Gòn', 'ho-chi-minh'],
  ])('finds %j first as %j in %s', (query, name, province) => {
    const found = searchByKey(query, places, (p) => [searchKey(p.name)]);
    expect(found[0]).toMatchObject({ name, province });
  });

  it('sends someone in old Quận 5 to a Quận 5 ward police first, and a level-2 filter skips guidance points', () => {
    const catalog = new PointCatalog(holidays);
    const here = { lat: 10.7545, lng: 106.662 };
    for (const p of provincesFor(provinces, here.lat, here.lng)) catalog.add(data(p.id));
    const now = { date: '2026-12-02', minutes: 9 * 60 };
    const all = catalog.nearest(here.lat, here.lng, { now, k: 3 });
    expect(all[0]?.point.id).toBe('hcm-q5-nvh');
    const level2 = catalog.nearest(here.lat, here.lng, { now, k: 3, service: 'level2' });
    expect(level2[0]?.point.id).toBe('hcm-cho-lon');
    expect(level2.every((r) => r.point.kind !== 'guidance')).toBe(true);
    expect(level2[0]).toMatchObject({ status: { state: 'open', until: 690 }, verification: 'sample' });
  });
});
