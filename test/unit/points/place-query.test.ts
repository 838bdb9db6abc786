import { describe, expect, it } from 'vitest';
import { pointsCollection } from '../../../src/build/content/points';
import { splitProvince, understandPlace, type PlaceAnswer } from '../../../src/core/points/place-query';
import { searchKey } from '../../../src/core/points/search-key';
import type { PlaceEntry, ProvinceInfo } from '../../../src/core/points/types';
import { moduleData } from './fixtures';

// The shipped place list: the queries are the ones citizens typed that found nothing (issue 18).
const out = pointsCollection.compile(process.cwd());
const provinces = await moduleData<ProvinceInfo[]>(out.modules['points/index'], 'provinces');
const places = await moduleData<PlaceEntry[]>(out.modules['points/places'], 'places');

const named = (a: PlaceAnswer) => (a.kind === 'place' ? `${a.place.name} @ ${a.place.province}` : a.kind);

describe('understandPlace', () => {
  it.each([
    ['Bỉm Sơn, Thanh Hóa', 'Phường Bỉm Sơn @ thanh-hoa'],
    ['bim son thanh hoa', 'Phường Bỉm Sơn @ thanh-hoa'],
    ['quan5', 'Quận 5 @ ho-chi-minh'],
    ['Q5 HCM', 'Quận 5 @ ho-chi-minh'],
    ['Quận 5, TP. Hồ Chí Minh', 'Quận 5 @ ho-chi-minh'],
    ['8 Nguyễn Trãi Quận 5', 'Quận 5 @ ho-chi-minh'],
    ['8 Nguyễn Trãi, Phường Chợ Quán, TP.HCM', 'Phường Chợ Quán @ ho-chi-minh'],
    ['P.12 Q.5', 'Phường 12, Quận 5 @ ho-chi-minh'],
    ['Phan Rang, tỉnh Khánh Hòa', 'Phường Phan Rang @ khanh-hoa'],
    ['Thanh Hóa', 'Thanh Hóa @ thanh-hoa'],
  ])('%j → %s', (query, expected) => {
    expect(named(understandPlace(query, places, provinces))).toBe(expected);
  });

  it('offers a choice for a ward known only by its number', () => {
    const a = understandPlace('Phường 12', places, provinces);
    expect(a).toMatchObject({ kind: 'choice', numbered: true });
    if (a.kind === 'choice') expect(a.places.map((p) => p.name)).toContain('Phường 12, Quận 5');
  });

  it('offers a choice when the same name is in several provinces', () => {
    const twins: PlaceEntry[] = [
      { name: 'Phường Quang Trung', type: 'commune', province: 'thanh-hoa', lat: 20, lng: 105 },
      { name: 'Xã Quang Trung', type: 'commune', province: 'ha-noi', lat: 21, lng: 105.8 },
    ];
    const a = understandPlace('Quang Trung', twins, provinces);
    expect(a).toMatchObject({ kind: 'choice', numbered: false });
    expect(named(understandPlace('Quang Trung, Thanh Hóa', twins, provinces))).toBe('Phường Quang Trung @ thanh-hoa');
  });

  it('finds nothing in a house number or an unknown street', () => {
    expect(understandPlace('8', places, provinces).kind).toBe('none');
    expect(understandPlace('8 Nguyễn Trãi', places, provinces).kind).toBe('none');
    expect(understandPlace('   ', places, provinces).kind).toBe('none');
  });
});

describe('splitProvince', () => {
  it('takes the province out of the text, with its "tỉnh"/"thành phố"', () => {
    expect(splitProvince(searchKey('Bỉm Sơn tỉnh Thanh Hóa'), provinces)).toMatchObject({ province: { id: 'thanh-hoa' }, rest: 'bim son' });
    expect(splitProvince(searchKey('Q5 TPHCM'), provinces)).toMatchObject({ province: { id: 'ho-chi-minh' }, rest: 'quan 5' });
    expect(splitProvince(searchKey('Quận 5'), provinces)).toBeUndefined();
  });
});
