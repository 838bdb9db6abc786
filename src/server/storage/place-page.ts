import { clampMetrics } from '../../core/counts/metrics';
import type { PlaceRow, PlaceTablePage } from '../../core/counts/dashboard-view';
import type { PlacePage } from './count-sql';

/** A row of placeTotalsQuery with a page: the place's sums and the whole table's row count. */
export type PagedRow = PlaceRow & { total: number };

/**
 * The page as the dashboard gets it. Every row carries the table's size; a page past the end has
 * no rows, so the size is read from the first row of the table (`firstRow`) instead.
 */
export function pageOf(rows: PagedRow[], page: PlacePage, firstRow: () => PagedRow[]): PlaceTablePage {
  const total = Number((rows[0] ?? firstRow()[0])?.total ?? 0);
  return { rows: rows.map(({ total: _, ...r }) => clampMetrics(r)), offset: page.offset, total };
}
