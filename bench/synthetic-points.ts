/**
 * Synthetic registration points for the nearest-point benches (bench/points.ts at 100,000,
 * bench/scale.ts at 1,000,000): one shape of data, so the two figures can be compared.
 */

/** Provincial cities, where police units cluster. */
const CITIES = [
  [21.03, 105.85],
  [10.78, 106.7],
  [16.05, 108.2],
  [20.84, 106.69],
  [10.03, 105.78],
  [12.24, 109.19],
  [19.81, 105.78],
];

/** A place anywhere in the mainland's bounding box. */
export function pointInMainland(rand: () => number): { lat: number; lng: number } {
  return { lat: 8.6 + rand() * 14.7, lng: 102.2 + rand() * 7.3 };
}

/** `n` points: half clustered around cities (as police units are), half spread over the mainland box. */
export function syntheticPoints(n: number, rand: () => number): { lat: number; lng: number }[] {
  return Array.from({ length: n }, (_, i) => {
    if (i % 2) return pointInMainland(rand);
    const [lat = 0, lng = 0] = CITIES[i % CITIES.length] ?? [];
    return { lat: lat + (rand() - 0.5) * 0.6, lng: lng + (rand() - 0.5) * 0.6 };
  });
}
