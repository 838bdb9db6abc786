import type { DraftEntry, EntryKind } from '../../core/publish/draft';
import type { ChangeRecord, VersionRecord, VersionSummary } from '../publish/publication-store';

/** Rows as both databases return them (snake_case columns), and their conversion: one place for both stores. */
export interface DraftRow {
  kind: string;
  id: string;
  cells: string;
  rev: number;
  updated_by: string;
  updated_at: string;
}

export interface VersionRow {
  province: string;
  version: number;
  published_at: string;
  organizer: string;
  note: string;
  scope: string;
  action: string;
  rollback_of: number | null;
  entries?: string;
  pack?: string;
  signature?: string;
  key_id?: string;
}

export interface ChangeRow {
  province: string;
  at: string;
  organizer: string;
  action: string;
  kind: string | null;
  id: string | null;
  detail: string;
}

export const SUMMARY_COLUMNS = 'province, version, published_at, organizer, note, scope, action, rollback_of';
export const RECORD_COLUMNS = `${SUMMARY_COLUMNS}, entries, pack, signature, key_id`;

export function toDraftEntry(r: DraftRow): DraftEntry {
  return {
    kind: r.kind as EntryKind,
    id: r.id,
    cells: JSON.parse(r.cells) as DraftEntry['cells'],
    rev: Number(r.rev),
    updatedBy: r.updated_by,
    updatedAt: r.updated_at,
  };
}

export function toSummary(r: VersionRow): VersionSummary {
  const s: VersionSummary = {
    province: r.province,
    version: Number(r.version),
    publishedAt: r.published_at,
    organizer: r.organizer,
    note: r.note,
    scope: r.scope,
    action: r.action === 'rollback' ? 'rollback' : 'publish',
  };
  if (r.rollback_of !== null) s.rollbackOf = Number(r.rollback_of);
  return s;
}

export function toRecord(r: VersionRow): VersionRecord {
  return { ...toSummary(r), entries: r.entries ?? '[]', pack: r.pack ?? '', signature: r.signature ?? '', keyId: r.key_id ?? '' };
}

export function toChange(r: ChangeRow): ChangeRecord {
  const c: ChangeRecord = {
    province: r.province,
    at: r.at,
    organizer: r.organizer,
    action: r.action as ChangeRecord['action'],
    detail: r.detail,
  };
  if (r.kind) c.kind = r.kind as EntryKind;
  if (r.id) c.id = r.id;
  return c;
}

export function versionArgs(v: Omit<VersionRecord, 'version'>, version: number): unknown[] {
  return [
    v.province,
    version,
    v.publishedAt,
    v.organizer,
    v.note,
    v.scope,
    v.action,
    v.rollbackOf ?? null,
    v.entries,
    v.pack,
    v.signature,
    v.keyId,
  ];
}
