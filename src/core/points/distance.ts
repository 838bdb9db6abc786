/** Mean Earth radius (IUGG), km: the sphere that minimises the error of haversine on average. */
export const EARTH_RADIUS_KM = 6371.0088;

const RAD = Math.PI / 180;

/** Great-circle distance in km between two [lat, lng] positions in degrees (haversine). */
export function haversineKm(lat1: number, lng1: number, lat2: number, lng2: number): number {
  const dLat = (lat2 - lat1) * RAD;
  const dLng = (lng2 - lng1) * RAD;
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * RAD) * Math.cos(lat2 * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/**
 * Where Vietnam's points may lie: the mainland with its coastal islands, plus the Hoàng Sa and
 * Trường Sa archipelagos (đặc khu). Boxes, not borders: this catches swapped latitude/longitude,
 * a missing minus or decimal point, and (0, 0) — the mistakes a spreadsheet makes — without ever
 * rejecting a real place near a border.
 */
const VIETNAM_BOXES: readonly [number, number, number, number][] = [
  [8.3, 102.1, 23.4, 109.6], // mainland, Phú Quốc, Côn Đảo, Thổ Chu, Cô Tô
  [15.6, 111.0, 17.2, 113.0], // Hoàng Sa
  [6.5, 111.4, 12.0, 117.9], // Trường Sa
];

export function isInVietnam(lat: number, lng: number): boolean {
  return VIETNAM_BOXES.some(([s, w, n, e]) => lat >= s && lat <= n && lng >= w && lng <= e);
}
