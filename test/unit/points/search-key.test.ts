import { describe, expect, it } from 'vitest';
import { matchScore, searchByKey, searchKey, searchTokens } from '../../../src/core/points/search-key';

describe('searchKey', () => {
  it.each([
    ['Quận 5', 'quan 5'],
    ['Phường 12', 'phuong 12'],
    ['Bỉm Sơn', 'bim son'],
    ['Đông Hưng Thuận', 'dong hung thuan'],
    ['ĐÀ NẴNG', 'da nang'],
    ['Thanh Hoá', 'thanh hoa'], // old-style tone placement
    ['Thanh Hóa', 'thanh hoa'],
    ['Phú Quốc', 'phu quoc'],
    ['Ninh Thuận', 'ninh thuan'],
    ['Q.5', 'quan 5'],
    ['q5', 'quan 5'],
    ['P12', 'phuong 12'],
    ['P.12, Q.5', 'phuong 12 quan 5'],
    ['Phường 05', 'phuong 5'],
    ['TP.HCM', 'thanh pho ho chi minh'],
    ['tphcm', 'thanh pho ho chi minh'],
    ['TX Bỉm Sơn', 'thi xa bim son'],
    ['  Xã   Quang-Trung ', 'xa quang trung'],
    ['Phan Rang - Tháp Chàm', 'phan rang thap cham'],
  ])('%j → %j', (text, key) => {
    expect(searchKey(text)).toBe(key);
  });

  it('keeps a lone p or q that is a word, not a short form', () => {
    expect(searchKey('p ha')).toBe('p ha');
  });

  it('handles đ decomposed or precomposed, and the look-alike Ð', () => {
    expect(searchKey('\u0111\u00f4ng')).toBe('dong');
    expect(searchKey('D\u0302\u0301')).toBe('d');
    expect(searchKey('\u00d0ông')).toBe('dong');
  });
});

describe('matching', () => {
  it('keeps a number with the word before it', () => {
    expect(searchTokens('phuong 12 quan 5')).toEqual(['phuong 12', 'quan 5']);
  });

  it('matches "phuong 12" to Phường 12 of Quận 5 but not "phuong 5"', () => {
    const name = searchKey('Phường 12, Quận 5');
    expect(matchScore('phuong 12', name)).toBeGreaterThan(0);
    expect(matchScore('quan 5', name)).toBeGreaterThan(0);
    expect(matchScore('phuong 5', name)).toBe(0);
    expect(matchScore('quan 1', searchKey('Quận 12'))).toBe(0);
  });

  it('lets the last word be unfinished', () => {
    expect(matchScore('bim s', searchKey('Thị xã Bỉm Sơn'))).toBeGreaterThan(0);
    expect(matchScore('bi son', searchKey('Thị xã Bỉm Sơn'))).toBe(0);
  });

  it('ranks the exact name first, then names that start with the query', () => {
    const names = ['Phường 12, Quận 5', 'Quận 12', 'Quận 5', 'Quận 5 (cũ) khu A'];
    expect(searchByKey('quan 5', names, (n) => [searchKey(n)])).toEqual(['Quận 5', 'Quận 5 (cũ) khu A', 'Phường 12, Quận 5']);
    expect(searchByKey('', names, (n) => [searchKey(n)])).toEqual([]);
  });
});
