import type { Cells, DraftEntry, EntryKind } from '../../core/publish/draft';

/**
 * Organizers' drafts and published versions of each province's points and sessions, behind one
 * interface like the counts: SQLite by default (../storage/sqlite-publication-store.ts),
 * PostgreSQL for several instances (../storage/postgres-publication-store.ts). Every save, publish
 * and roll-back is also written to a change log with the account that made it.
 */
export interface NewEntry {
  kind: EntryKind;
  id: string;
  cells: Cells;
}

export interface VersionSummary {
  province: string;
  version: number;
  publishedAt: string;
  organizer: string;
  note: string;
  /** The scope the organizer published for ("*", a province or a commune code). */
  scope: string;
  action: 'publish' | 'rollback';
  /** For a roll-back: the version whose content it brought back. */
  rollbackOf?: number;
}

export interface VersionRecord extends VersionSummary {
  /** JSON of the province's entries (NewEntry[]) in this version: what diffs and roll-backs read. */
  entries: string;
  /** The signed pack phones get (../../core/publish/pack.ts). */
  pack: string;
  signature: string;
  keyId: string;
}

export interface ChangeRecord {
  province: string;
  at: string;
  organizer: string;
  action: 'seed' | 'save' | 'publish' | 'rollback';
  kind?: EntryKind;
  id?: string;
  /** A short note: the publish note, the columns saved. */
  detail: string;
}

export type SaveOutcome = { saved: DraftEntry } | { conflict: DraftEntry | undefined };

export interface PublicationStore {
  /** The province's draft entries (kind, then id order); empty before it was seeded. */
  draft(province: string): Promise<DraftEntry[]>;
  /** Whether the province's draft was ever started (seeded from the built content or saved to). */
  hasDraft(province: string): Promise<boolean>;
  /** Starts a province's draft with these entries; false (nothing written) when it already had one. */
  seedDraft(province: string, entries: readonly NewEntry[], by: string, at: string): Promise<boolean>;
  /**
   * Saves one entry when `baseRev` is its current revision (0: a new entry that must not exist yet).
   * Otherwise nothing is written and the current entry comes back as the conflict.
   */
  saveEntry(province: string, entry: NewEntry, baseRev: number, by: string, at: string): Promise<SaveOutcome>;
  /**
   * Records a new version in one transaction when `expectedLatest` is still the latest version
   * (0: none yet); otherwise nothing is written and the latest version number comes back. A roll-back
   * passes `resetDraft`: those entries of the draft are removed and replaced, in the same transaction.
   */
  publish(
    record: Omit<VersionRecord, 'version'>,
    expectedLatest: number,
    resetDraft?: { remove: readonly { kind: EntryKind; id: string }[]; put: readonly NewEntry[] },
  ): Promise<{ version: number } | { conflict: number }>;
  latest(province: string): Promise<VersionRecord | undefined>;
  version(province: string, version: number): Promise<VersionRecord | undefined>;
  /** Newest first. */
  history(province: string): Promise<VersionSummary[]>;
  /** Newest first, at most `limit`. */
  changes(province: string, limit: number): Promise<ChangeRecord[]>;
  /** Provinces with at least one published version. */
  publishedProvinces(): Promise<string[]>;
}
