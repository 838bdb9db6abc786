import { isLocalityCode } from '../counts/dimensions';

/**
 * What an organizer account may see and edit: the whole deployment (admin, stored as "*"), one
 * province ("79") or one commune ("79-26734"), the same locality codes the counts use. The server
 * checks it on every route; the dashboard only mirrors it.
 */
export type Scope = string;
export const ADMIN_SCOPE: Scope = '*';
export type ScopeKind = 'admin' | 'province' | 'commune';

export function isScope(value: unknown): value is Scope {
  return value === ADMIN_SCOPE || isLocalityCode(value);
}

/** Reads what a person types ("admin", "*", "79", "79-26734"); null when it is none of those. */
export function parseScope(raw: string): Scope | null {
  const s = raw.trim().toLowerCase();
  if (s === 'admin' || s === ADMIN_SCOPE) return ADMIN_SCOPE;
  return isLocalityCode(s) ? s : null;
}

export function scopeKind(scope: Scope): ScopeKind {
  if (scope === ADMIN_SCOPE) return 'admin';
  return scope.length === 2 ? 'province' : 'commune';
}

export const isAdmin = (scope: Scope): boolean => scope === ADMIN_SCOPE;

/** Whether `locality` (a province or commune code) lies inside `scope`. */
export function scopeCovers(scope: Scope, locality: string): boolean {
  if (scope === ADMIN_SCOPE) return true;
  if (!isLocalityCode(locality)) return false;
  return locality === scope || (scope.length === 2 && locality.startsWith(scope + '-'));
}

/** Whether everything in `inner` lies inside `outer` (an admin may grant any scope; a province, its communes). */
export function scopeContains(outer: Scope, inner: Scope): boolean {
  if (outer === ADMIN_SCOPE) return true;
  return inner !== ADMIN_SCOPE && scopeCovers(outer, inner);
}

/**
 * The locality a scoped request reads: none asked → the whole scope; one asked inside the scope →
 * that one; outside → null (the caller answers 403). An admin's "none" stays none (everything).
 */
export function localityWithin(scope: Scope, asked: string | undefined): string | undefined | null {
  if (!asked) return scope === ADMIN_SCOPE ? undefined : scope;
  return scopeCovers(scope, asked) ? asked : null;
}

/** The scope in the dashboard's words. */
export function scopeLabel(scope: Scope): string {
  const kind = scopeKind(scope);
  if (kind === 'admin') return 'Toàn hệ thống (quản trị)';
  return kind === 'province' ? `Tỉnh/thành mã ${scope}` : `Xã/phường mã ${scope}`;
}
