import { describe, expect, it } from 'vitest';
import { haversineKm } from '../../../src/core/points/distance';
import { NearestIndex } from '../../../src/core/points/nearest';
import { seededRandom as random } from '../../support/seeded-random';

function bruteForce(points: { lat: number; lng: number }[], lat: number, lng: number, k: number, accept = (_: number) => true) {
  return points
    .map((p, index) => ({ index, km: haversineKm(lat, lng, p.lat, p.lng) }))
    .filter((x) => accept(x.index))
    .sort((a, b) => a.km - b.km)
    .slice(0, k);
}

describe('NearestIndex', () => {
  const rand = random(42);
  // Clustered like real data: dense cities, sparse countryside.
  const cities = [
    [10.78, 106.7],
    [21.03, 105.85],
    [16.05, 108.2],
    [12.24, 109.19],
    [20.08, 105.86],
  ] as const;
  const points = Array.from({ length: 5000 }, (_, i) => {
    if (i % 3 === 0) return { lat: 8.6 + rand() * 14.7, lng: 102.2 + rand() * 7.3 };
    const [clat, clng] = cities[i % cities.length] ?? [0, 0];
    return { lat: clat + (rand() - 0.5) * 0.3, lng: clng + (rand() - 0.5) * 0.3 };
  });
  const index = new NearestIndex(points);

  it('finds exactly what measuring every point finds, for queries in and far outside the data', () => {
    const queries = [
      ...Array.from({ length: 200 }, () => [8 + rand() * 16, 102 + rand() * 8] as const),
      [10.78, 106.7],
      [21.03, 105.85], // city centres
      [1.35, 103.82], // Singapore: outside the grid
      [16.5, 112.0], // Hoàng Sa
      [8.64, 111.92], // Trường Sa
      [11.43, 114.33], // Song Tử Tây: the farthest east
      [23.4, 105.3], // just north of the grid, corner
      [-33.9, 151.2], // far away in every direction
      ...Array.from({ length: 100 }, () => [0 + rand() * 30, 95 + rand() * 25] as const), // around and off the coast
    ] as const;
    for (const [lat, lng] of queries) {
      const got = index.nearest(lat, lng, 10);
      const want = bruteForce(points, lat, lng, 10);
      expect(got.map((r) => r.km)).toEqual(want.map((r) => r.km));
    }
  });

  it('applies a filter (a service) and still returns the nearest that pass', () => {
    const even = (i: number) => i % 2 === 0;
    const got = index.nearest(10.76, 106.66, 10, even);
    expect(got.every((r) => r.index % 2 === 0)).toBe(true);
    expect(got.map((r) => r.index)).toEqual(bruteForce(points, 10.76, 106.66, 10, even).map((r) => r.index));
  });

  it('returns fewer than k when there are fewer points, nearest first', () => {
    const small = new NearestIndex([
      { lat: 10.86, lng: 106.64 },
      { lat: 10.75, lng: 106.66 },
      { lat: 20.1, lng: 105.84 },
    ]);
    const got = small.nearest(10.7525, 106.6585, 10);
    expect(got.map((r) => r.index)).toEqual([1, 0, 2]);
    expect(got[0]?.km).toBeLessThan(0.5);
    expect(got[1]?.km).toBeCloseTo(haversineKm(10.7525, 106.6585, 10.86, 106.64), 9);
  });

  it('handles no points, one point, identical points and k = 0', () => {
    expect(new NearestIndex([]).nearest(10, 106, 5)).toEqual([]);
    expect(new NearestIndex([{ lat: 10, lng: 106 }]).nearest(21, 105, 5).map((r) => r.index)).toEqual([0]);
    const same = new NearestIndex([
      { lat: 10, lng: 106 },
      { lat: 10, lng: 106 },
      { lat: 10, lng: 106 },
    ]);
    expect(same.nearest(10, 106, 2)).toHaveLength(2);
    expect(index.nearest(10, 106, 0)).toEqual([]);
  });
});
