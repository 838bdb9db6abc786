import type { CountFilter as Filter, PlaceRow, PlaceTablePage, Summary } from '../core/counts/dashboard-view';
import type { Scope } from '../core/organizers/scope';

/** The dashboard API's answers (src/server/dashboard-api): one contract, in core. */
export type { Filter, PlaceRow, PlaceTablePage, Summary };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfter?: number,
  ) {
    super(message);
  }
}

export async function call<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(path, { credentials: 'same-origin', ...init });
  const body = (await res.json().catch(() => ({}))) as { message?: string };
  if (!res.ok) throw new ApiError(res.status, body.message ?? res.statusText, Number(res.headers.get('retry-after')) || undefined);
  return body as T;
}

/** A same-origin JSON POST (the server refuses any other kind of write). */
export const post = <T = { ok: true; name?: string; scope?: Scope }>(path: string, data?: unknown) =>
  call<T>(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(data ?? {}),
  });

/** Who is logged in: the account's name and scope (what it may see and edit). */
export interface Me {
  name: string;
  scope: Scope;
}

export const me = () => call<Me>('/api/dashboard/me');
export const login = (name: string, password: string) => post('/api/dashboard/login', { name, password });
export const logout = () => post('/api/dashboard/logout');

export function query(filter: Filter, extra: Record<string, string> = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filter, ...extra })) if (v) q.set(k, v);
  return q.toString();
}

export const summary = (f: Filter) => call<Summary>(`/api/dashboard/summary?${query(f)}`);
/** A page of the table by place, from row `offset`. */
export const places = (f: Filter, offset = 0) =>
  call<PlaceTablePage>(`/api/dashboard/places?${query(f, offset ? { offset: String(offset) } : {})}`);
export const exportHref = (f: Filter, kind: 'report' | 'share') => `/api/dashboard/export.csv?${query(f, { kind })}`;

export const reportData = (f: Filter) => call<import('../core/counts/daily-report').ReportData>(`/api/dashboard/report?${query(f)}`);
