import type { Channel } from './dimensions';
import type { FunnelStep, PlaceMetric } from './metrics';

/**
 * What the organizers' dashboard asks for and gets back: the contract between the dashboard API
 * (src/server/dashboard-api) and the dashboard page (src/dashboard), in one place.
 */
export interface CountFilter {
  /** Inclusive days, YYYY-MM-DD. */
  from: string;
  to: string;
  /** A province code ("79"), a commune ("79-26734"), or absent for the whole country. */
  locality?: string;
  channel?: Channel;
}

/** What the dashboard's first view shows, for one filter. */
export interface Summary {
  filter: CountFilter;
  days: string[];
  /** Per funnel step, one number per day (same order as `days`). */
  perDay: Record<FunnelStep, number[]>;
  funnel: { id: FunnelStep; n: number }[];
  /** Checker outcome ids, most frequent first. */
  outcomes: { id: string; n: number }[];
  /** "I'm stuck" by tutorial step (tutorial/step), most frequent first: where citizens get stuck. */
  blockers: { id: string; n: number }[];
  /** Volunteers' household tallies by outcome. */
  volunteer: { id: string; n: number }[];
  /** People within volunteers' household visits by person outcome, net of undone visits (decision 0032). */
  people: { id: string; n: number }[];
}

export type MetricSums = Record<PlaceMetric, number>;

/** One line of the table by locality, channel and source tag. */
export interface PlaceRow extends MetricSums {
  locality: string;
  channel: Channel;
  source: string;
}

/** Rows of the table per page: what a screen can show; the CSV has every row of every day. */
export const PLACE_PAGE_ROWS = 500;

/** A page of that table: `rows` from row `offset` (0-based) of `total`, in place order. */
export interface PlaceTablePage {
  rows: PlaceRow[];
  offset: number;
  total: number;
}
