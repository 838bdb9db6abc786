import { isInScope } from '../../core/counts/daily-report';
import type { CountFilter } from '../storage/count-store';

/**
 * An organizer's scope (phạm vi): the whole deployment (undefined), a province "38" or a commune
 * "38-16012". Every dashboard route narrows its filter to it here, on the server: a filter
 * without a place gets the scope's, a place outside the scope is refused.
 */
export type OrganizerScope = string | undefined;

export function narrowToScope(filter: CountFilter, scope: OrganizerScope): CountFilter | { problem: string } {
  if (scope === undefined) return filter;
  if (filter.locality === undefined) return { ...filter, locality: scope };
  // A commune inside a province scope, or the scope itself; a province for a commune organizer is wider.
  if (isInScope(filter.locality, scope)) return filter;
  return { problem: `locality: found "${filter.locality}", expected your area "${scope}" or a commune inside it` };
}
