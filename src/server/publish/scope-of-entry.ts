import { isAdmin, scopeCovers as coreCovers } from '../../core/organizers/scope';
import type { ContentSource } from './content-source';
import type { NewEntry } from './publication-store';

/**
 * Where an entry lies, as a count code: a point by its commune (localities.csv), a session by its
 * venue's commune; the province's code when the commune is not listed (then only organizers of the
 * whole province, or admins, may change it).
 */
export function entryLocality(
  province: string,
  content: ContentSource,
  pointsById: ReadonlyMap<string, NewEntry>,
): (e: NewEntry) => string | undefined {
  const provinceCode = content.provinceCode(province);
  const ofPoint = (p: NewEntry | undefined) => (p && content.communeCode(province, p.cells.commune ?? '')) ?? provinceCode;
  return (e) => (e.kind === 'point' ? ofPoint(e) : ofPoint(pointsById.get((e.cells.place ?? '').trim())));
}

/** Whether `locality` lies inside an organizer's scope: the accounts' own rule (core/organizers/scope.ts). */
export function scopeCovers(scope: string, locality: string | undefined): boolean {
  if (isAdmin(scope)) return true;
  return !!locality && coreCovers(scope, locality);
}

/** Whether a scope reaches into a province at all (its own commune inside it counts). */
export function scopeTouches(scope: string, provinceCode: string | undefined): boolean {
  if (scope === '*') return true;
  return !!provinceCode && (scope === provinceCode || scope.startsWith(`${provinceCode}-`));
}
