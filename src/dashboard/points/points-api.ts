import type { Cells, DraftEntry, EntryKind, EntryProblem } from '../../core/publish/draft';
import type { EntryChange } from '../../core/publish/diff';

/** The published points API (src/server/publish/routes.ts) as the dashboard calls it. */
export interface Area {
  province: string;
  code: string;
  name: string;
}
export interface Latest {
  version: number;
  publishedAt: string;
  organizer: string;
  note: string;
}
export interface Draft {
  province: string;
  scope: string;
  latest: Latest | null;
  entries: (DraftEntry & { editable: boolean })[];
  unpublished: EntryChange[];
}
export interface VersionSummary extends Latest {
  action: 'publish' | 'rollback';
  rollbackOf?: number;
  scope: string;
}

/** What a failed call says: the HTTP status and the body (problems, a conflict's both sides). */
export class PointsApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: {
      error?: string;
      message?: string;
      problems?: EntryProblem[];
      theirs?: DraftEntry | null;
      yours?: { cells: Cells };
      latest?: number;
    },
  ) {
    super(body.message ?? body.error ?? `HTTP ${status}`);
  }
}

const BASE = '/api/dashboard/points';

async function call<T>(path: string, init?: { method: string; body: unknown }): Promise<T> {
  const res = await fetch(BASE + path, {
    credentials: 'same-origin',
    ...(init ? { method: init.method, headers: { 'content-type': 'application/json' }, body: JSON.stringify(init.body) } : {}),
  });
  const body = (await res.json().catch(() => ({}))) as T & PointsApiError['body'];
  if (!res.ok) throw new PointsApiError(res.status, body);
  return body;
}

const p = encodeURIComponent;
export const areas = () => call<{ scope: string; provinces: Area[] }>('/provinces');
export const draft = (province: string) => call<Draft>(`/${p(province)}/draft`);
export const saveEntry = (province: string, kind: EntryKind, id: string, cells: Cells, rev: number) =>
  call<{ entry: DraftEntry }>(`/${p(province)}/entries/${kind}/${p(id)}`, { method: 'PUT', body: { cells, rev } });
export const publish = (province: string, note: string, expectedVersion: number) =>
  call<{ version: number }>(`/${p(province)}/publish`, { method: 'POST', body: { note, expectedVersion } });
export const rollback = (province: string, version: number, expectedVersion: number) =>
  call<{ version: number }>(`/${p(province)}/rollback`, { method: 'POST', body: { version, expectedVersion } });
export const versions = (province: string) => call<{ versions: VersionSummary[] }>(`/${p(province)}/versions`);
export const diff = (province: string, from: string, to: string) =>
  call<{ changes: EntryChange[] }>(`/${p(province)}/diff?from=${p(from)}&to=${p(to)}`);

/** One line of the re-check list: an entry in force, when and by whom it was last confirmed. */
export interface RecheckEntry {
  kind: EntryKind;
  id: string;
  label: string;
  verified: string | null;
  confirmedBy: string | null;
  sample: boolean;
}
export const recheck = (province: string) => call<{ latest: number; entries: RecheckEntry[] }>(`/${p(province)}/recheck`);
export const confirmEntry = (province: string, kind: EntryKind, id: string, expectedVersion: number) =>
  call<{ version: number }>(`/${p(province)}/confirm`, { method: 'POST', body: { kind, id, expectedVersion } });
