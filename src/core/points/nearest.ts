import { EARTH_RADIUS_KM, haversineKm } from './distance';

export interface Nearby {
  /** Position in the array the index was built from. */
  index: number;
  km: number;
}

const RAD = Math.PI / 180;
const KM_PER_DEG = EARTH_RADIUS_KM * RAD;

/**
 * Nearest-k over many points without measuring them all: points are bucketed in a grid of square
 * cells (in degrees), and a query visits rings of cells around its own until no unvisited cell can
 * hold anything closer than the k-th best found. Built once per loaded province; at national scale
 * (100,000 points) a query takes well under a millisecond (bench/points.ts).
 */
export class NearestIndex {
  private readonly lats: Float64Array;
  private readonly lngs: Float64Array;
  private readonly cellDeg: number;
  private readonly minLat: number;
  private readonly minLng: number;
  private readonly rows: number;
  private readonly cols: number;
  /** Points sorted by cell; cellStart[c]..cellStart[c+1] are cell c's entries in `order`. */
  private readonly cellStart: Int32Array;
  private readonly order: Int32Array;
  private readonly maxAbsLat: number;

  constructor(points: readonly { lat: number; lng: number }[]) {
    const n = points.length;
    this.lats = Float64Array.from(points, (p) => p.lat);
    this.lngs = Float64Array.from(points, (p) => p.lng);
    let [minLat, maxLat, minLng, maxLng] = [Infinity, -Infinity, Infinity, -Infinity];
    for (const p of points) {
      minLat = Math.min(minLat, p.lat);
      maxLat = Math.max(maxLat, p.lat);
      minLng = Math.min(minLng, p.lng);
      maxLng = Math.max(maxLng, p.lng);
    }
    if (n === 0) [minLat, maxLat, minLng, maxLng] = [0, 0, 0, 0];
    // About 8 points per cell on average: few cells to visit, few distances to compute.
    const area = Math.max((maxLat - minLat) * (maxLng - minLng), 1e-4);
    this.cellDeg = Math.max(0.01, Math.sqrt((area * 8) / Math.max(n, 1)));
    this.minLat = minLat;
    this.minLng = minLng;
    this.rows = Math.floor((maxLat - minLat) / this.cellDeg) + 1;
    this.cols = Math.floor((maxLng - minLng) / this.cellDeg) + 1;
    this.maxAbsLat = Math.max(Math.abs(minLat), Math.abs(maxLat));

    const cellOf = new Int32Array(n);
    const counts = new Int32Array(this.rows * this.cols + 1);
    for (let i = 0; i < n; i++) {
      const c = this.rowOf(this.lats[i] ?? 0) * this.cols + this.colOf(this.lngs[i] ?? 0);
      cellOf[i] = c;
      counts[c + 1] = (counts[c + 1] ?? 0) + 1;
    }
    for (let c = 1; c < counts.length; c++) counts[c] = (counts[c] ?? 0) + (counts[c - 1] ?? 0);
    this.cellStart = counts;
    this.order = new Int32Array(n);
    const fill = counts.slice(0, -1);
    for (let i = 0; i < n; i++) {
      const c = cellOf[i] ?? 0;
      this.order[fill[c] ?? 0] = i;
      fill[c] = (fill[c] ?? 0) + 1;
    }
  }

  get size(): number {
    return this.lats.length;
  }

  private rowOf(lat: number): number {
    return Math.floor((lat - this.minLat) / this.cellDeg);
  }

  private colOf(lng: number): number {
    return Math.floor((lng - this.minLng) / this.cellDeg);
  }

  /** The k nearest points to (lat, lng), closest first; `accept` filters (e.g. by service). */
  nearest(lat: number, lng: number, k: number, accept?: (index: number) => boolean): Nearby[] {
    const best: Nearby[] = [];
    if (k <= 0 || this.size === 0) return best;
    const r0 = this.rowOf(lat);
    const c0 = this.colOf(lng);
    // Longitude degrees shrink towards the poles; 0.99 absorbs the small-angle approximation.
    const cosMax = Math.cos(Math.max(this.maxAbsLat, Math.abs(lat)) * RAD) * 0.99;
    const consider = (i: number) => {
      if (accept && !accept(i)) return;
      const pLat = this.lats[i] ?? 0;
      const pLng = this.lngs[i] ?? 0;
      if (best.length === k) {
        // A cheap lower bound first (no trigonometry): a point far out (a query from an island
        // hundreds of km from every point) skips the haversine. With d = Δ in radians,
        // sin(d/2) ≥ (d/2)(1 − d²/24), so R·(1 − e)·√(Δφ² + cos²·Δλ²) never exceeds the distance.
        const dLat = (pLat - lat) * RAD;
        const dLng = (pLng - lng) * RAD;
        const e = Math.max(dLat * dLat, dLng * dLng) / 24;
        const flat = EARTH_RADIUS_KM * (1 - e) * Math.sqrt(dLat * dLat + cosMax * cosMax * dLng * dLng);
        if (e < 1 && flat >= (best[k - 1]?.km ?? Infinity)) return;
      }
      const km = haversineKm(lat, lng, pLat, pLng);
      if (best.length === k && km >= (best[k - 1]?.km ?? Infinity)) return;
      let at = best.length;
      while (at > 0 && (best[at - 1]?.km ?? 0) > km) at--;
      best.splice(at, 0, { index: i, km });
      if (best.length > k) best.pop();
    };
    const visitCell = (row: number, col: number) => {
      if (col < 0 || col >= this.cols) return;
      const c = row * this.cols + col;
      if (best.length === k && this.cellStart[c + 1] !== this.cellStart[c]) {
        // The whole cell farther than the k-th best (the same lower bound as for a point, from
        // the query to the cell's nearest edge): none of its points is measured.
        const south = this.minLat + row * this.cellDeg;
        const west = this.minLng + col * this.cellDeg;
        const dLat = Math.max(0, south - lat, lat - south - this.cellDeg) * RAD;
        const dLng = Math.max(0, west - lng, lng - west - this.cellDeg) * RAD;
        const e = Math.max(dLat * dLat, dLng * dLng) / 24;
        const flat = EARTH_RADIUS_KM * (1 - e) * Math.sqrt(dLat * dLat + cosMax * cosMax * dLng * dLng);
        if (e < 1 && flat >= (best[k - 1]?.km ?? Infinity)) return;
      }
      const end = this.cellStart[c + 1] ?? 0;
      for (let j = this.cellStart[c] ?? 0; j < end; j++) consider(this.order[j] ?? 0);
    };
    // A query outside the grid (an island far off the coast): rings that hold no cell of the grid
    // are skipped outright rather than walked row by row.
    const firstRing = Math.max(0, c0 - (this.cols - 1), -c0, r0 - (this.rows - 1), -r0);
    for (let r = firstRing; ; r++) {
      const rowFrom = Math.max(0, r0 - r);
      const rowTo = Math.min(this.rows - 1, r0 + r);
      for (let row = rowFrom; row <= rowTo; row++) {
        if (row === r0 - r || row === r0 + r) {
          for (let col = Math.max(0, c0 - r); col <= Math.min(this.cols - 1, c0 + r); col++) visitCell(row, col);
        } else {
          visitCell(row, c0 - r);
          if (r > 0) visitCell(row, c0 + r);
        }
      }
      const coversGrid = r0 - r <= 0 && r0 + r >= this.rows - 1 && c0 - r <= 0 && c0 + r >= this.cols - 1;
      if (coversGrid) break;
      if (best.length === k) {
        // Anything in ring r+1 is at least r whole cells away in latitude or in longitude.
        const bound = r * this.cellDeg * KM_PER_DEG * Math.min(1, cosMax);
        if (bound >= (best[k - 1]?.km ?? Infinity)) break;
      }
    }
    return best;
  }
}
