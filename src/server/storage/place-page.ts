import { PLACE_METRICS, clampMetrics } from '../../core/counts/metrics';
import type { MetricSums, PlaceRow, PlaceTablePage } from '../../core/counts/dashboard-view';
import type { PlacePage } from './count-sql';

/** A row of placeTotalsQuery with a page: the place's sums and the whole table's row count. */
export type PagedRow = PlaceRow & { total: number };

/** A place of presentPlacesQuery's page (no sums yet) and the whole table's row count. */
export type PresentPlace = Pick<PlaceRow, 'locality' | 'channel' | 'source'> & { total: number };

const keyOf = (r: Pick<PlaceRow, 'locality' | 'channel' | 'source'>) => `${r.locality}\u0000${r.channel}\u0000${r.source}`;

/** The page's localities, for localityPlaceSumsQuery. */
export function localitiesOf(present: readonly PresentPlace[]): string[] {
  return [...new Set(present.map((p) => p.locality))];
}

/**
 * The page's places in their order, each with its sums (localityPlaceSumsQuery's rows, which may
 * hold other places of the same localities: left out). A place with counts in the range always
 * has sums there; zeros would only show a place whose rows vanished between the two reads.
 */
export function withSums(present: readonly PresentPlace[], sums: readonly PlaceRow[]): PagedRow[] {
  const byKey = new Map(sums.map((r) => [keyOf(r), r]));
  return present.map(({ locality, channel, source, total }) => {
    const row = byKey.get(keyOf({ locality, channel, source }));
    const metrics = Object.fromEntries(PLACE_METRICS.map((m) => [m, row ? row[m] : 0])) as MetricSums;
    return { locality, channel, source, ...metrics, total };
  });
}

/**
 * The page as the dashboard gets it. Every row carries the table's size; a page past the end has
 * no rows, so the size is read from the first row of the table (`firstRow`) instead.
 */
export function pageOf(rows: PagedRow[], page: PlacePage, firstRow: () => { total: number }[]): PlaceTablePage {
  const total = Number((rows[0] ?? firstRow()[0])?.total ?? 0);
  return { rows: rows.map(({ total: _, ...r }) => clampMetrics(r)), offset: page.offset, total };
}
