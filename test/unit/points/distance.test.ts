import { describe, expect, it } from 'vitest';
import { haversineKm, isInVietnam } from '../../../src/core/points/distance';

describe('haversineKm', () => {
  it('gives one degree of longitude on the equator as 2πR/360', () => {
    expect(haversineKm(0, 0, 0, 1)).toBeCloseTo(111.19508, 4);
  });

  it('gives a quarter meridian from the equator to the pole', () => {
    expect(haversineKm(0, 0, 90, 0)).toBeCloseTo(10007.557, 2);
  });

  it('matches the published Nashville–Los Angeles example (2887.26 km at R = 6372.8 km, scaled to the mean radius)', () => {
    expect(haversineKm(36.12, -86.67, 33.94, -118.4)).toBeCloseTo((2887.2599506071106 * 6371.0088) / 6372.8, 6);
  });

  it('puts Hà Nội about 1,144 km from Hồ Chí Minh City (centre to centre), both ways', () => {
    const there = haversineKm(21.0285, 105.8542, 10.7769, 106.7009);
    expect(there).toBeCloseTo(1143.506, 2);
    expect(haversineKm(10.7769, 106.7009, 21.0285, 105.8542)).toBeCloseTo(there, 9);
  });

  it('is zero for the same place and never NaN for antipodes', () => {
    expect(haversineKm(10.75, 106.66, 10.75, 106.66)).toBe(0);
    expect(haversineKm(0, 0, 0, 180)).toBeCloseTo(Math.PI * 6371.0088, 3);
  });
});

describe('isInVietnam', () => {
  it('accepts the mainland from Lũng Cú to Cà Mau, Phú Quốc and the archipelagos', () => {
    expect(isInVietnam(23.36, 105.32)).toBe(true); // Lũng Cú
    expect(isInVietnam(8.6, 104.72)).toBe(true); // Mũi Cà Mau
    expect(isInVietnam(10.23, 103.96)).toBe(true); // Phú Quốc
    expect(isInVietnam(16.5, 112.0)).toBe(true); // Hoàng Sa
    expect(isInVietnam(8.64, 111.92)).toBe(true); // Trường Sa
  });

  it('rejects swapped coordinates, (0, 0) and places abroad', () => {
    expect(isInVietnam(106.66, 10.75)).toBe(false);
    expect(isInVietnam(0, 0)).toBe(false);
    expect(isInVietnam(13.75, 100.5)).toBe(false); // Bangkok
    expect(isInVietnam(-10.75, 106.66)).toBe(false);
  });
});
