import type { PlaceEntry } from './types';

/**
 * What the finder shows above its results, as one value instead of a handful of flags that could
 * contradict each other ("no match" and a list of suggestions at once).
 */
export type PlaceSearch =
  | { kind: 'idle' }
  /** Several places have that name: the person picks one. `numbered`: a ward known only by its number. */
  | { kind: 'choice'; places: PlaceEntry[]; numbered: boolean }
  | { kind: 'none' }
  /** The place list could not be loaded (offline before it was ever cached). */
  | { kind: 'failed' };

export const IDLE_SEARCH: PlaceSearch = { kind: 'idle' };

/** Where "use my location" stands: asking the device, or why it gave no usable position. */
export type LocateState<Problem extends string> = { kind: 'idle' } | { kind: 'locating' } | { kind: 'problem'; problem: Problem };

/**
 * Beyond this, the nearest point is probably not in the person's own area (their province has no
 * data, or they typed a place far from any point): the list says it may be missing theirs.
 */
export const FAR_AWAY_KM = 50;

export function nearestIsFarAway(results: readonly { km: number }[]): boolean {
  return (results[0]?.km ?? 0) > FAR_AWAY_KM;
}
