import type { ContentError } from '../content/problems';
import { readPointRow, readSessionRow, type IdRegistry } from '../points/rows';
import type { MobileSession, ProvinceData, RegistrationPoint } from '../points/types';

/**
 * An organizer's working copy of one province's points and sessions. Each entry is kept as the
 * cells of a spreadsheet row (the columns of content/points/*.csv), so the dashboard's forms, an
 * uploaded CSV and the build all go through the one validator in ../points/rows.ts.
 */
export type EntryKind = 'point' | 'session';
export type Cells = Record<string, string>;

export interface DraftEntry {
  kind: EntryKind;
  id: string;
  cells: Cells;
  /** Goes up by one on every save: a save made from an older revision is a conflict, never an overwrite. */
  rev: number;
  updatedBy: string;
  /** ISO time of the last save. */
  updatedAt: string;
}

/** A problem with one entry, in the content checks' words (field, found, expected). */
export interface EntryProblem {
  kind: EntryKind;
  id: string;
  field: string;
  found: string;
  expected: string;
}

/**
 * Checks a whole province draft with the build's row readers and returns what a phone would get,
 * or every problem. Sessions must take place at a point of the same draft.
 */
export function checkDraft(
  province: string,
  entries: readonly Pick<DraftEntry, 'kind' | 'id' | 'cells'>[],
): { data: ProvinceData; problems: EntryProblem[] } {
  const ids: IdRegistry = new Map();
  const problems: EntryProblem[] = [];
  const points: RegistrationPoint[] = [];
  const sessions: MobileSession[] = [];
  const collect = (e: Pick<DraftEntry, 'kind' | 'id'>, errors: ContentError[]) => {
    for (const x of errors) problems.push({ kind: e.kind, id: e.id, field: x.field, found: x.found, expected: x.expected });
  };
  const sameProvince = (cell: string) => (cell.trim() === province ? { id: province } : undefined);
  entries.forEach((e, i) => {
    if (e.kind !== 'point') return;
    const errors: ContentError[] = [];
    const p = readPointRow(e.kind, { line: i + 1, cells: { ...e.cells, id: e.id } }, { ids, province: sameProvince }, errors);
    collect(e, errors);
    if (p) points.push(p);
  });
  const byId = new Map(points.map((p) => [p.id, p]));
  entries.forEach((e, i) => {
    if (e.kind !== 'session') return;
    const errors: ContentError[] = [];
    const s = readSessionRow(e.kind, { line: i + 1, cells: { ...e.cells, id: e.id } }, { ids, point: (id) => byId.get(id) }, errors);
    collect(e, errors);
    if (s) sessions.push(s);
  });
  return { data: { province, points, sessions }, problems };
}

/**
 * Checks one entry as it would be saved into the draft: the other entries give the ids already
 * taken and the venues a session may name.
 */
export function checkEntry(
  province: string,
  entry: Pick<DraftEntry, 'kind' | 'id' | 'cells'>,
  others: readonly Pick<DraftEntry, 'kind' | 'id' | 'cells'>[],
): EntryProblem[] {
  const rest = others.filter((o) => !(o.kind === entry.kind && o.id === entry.id));
  return checkDraft(province, [...rest, entry]).problems.filter((p) => p.kind === entry.kind && p.id === entry.id);
}
