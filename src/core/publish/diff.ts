import type { Cells, EntryKind } from './draft';

type Entry = { kind: EntryKind; id: string; cells: Cells };

export interface EntryChange {
  kind: EntryKind;
  id: string;
  /** The entry's name or place, to show the change in words. */
  label: string;
  change: 'added' | 'removed' | 'changed';
  /** For 'changed': each column that differs, before and after. */
  fields?: { field: string; before: string; after: string }[];
}

/** What changed from one version (or the draft) to another, entry by entry and column by column. */
export function diffEntries(before: readonly Entry[], after: readonly Entry[]): EntryChange[] {
  const key = (e: Entry) => `${e.kind}:${e.id}`;
  const old = new Map(before.map((e) => [key(e), e]));
  const now = new Map(after.map((e) => [key(e), e]));
  const label = (e: Entry) => e.cells.name || `${e.cells.place ?? ''} ${e.cells.dates ?? ''}`.trim() || e.id;
  const changes: EntryChange[] = [];
  for (const [k, a] of now) {
    const b = old.get(k);
    if (!b) {
      changes.push({ kind: a.kind, id: a.id, label: label(a), change: 'added' });
      continue;
    }
    const columns = [...new Set([...Object.keys(b.cells), ...Object.keys(a.cells)])].sort();
    const fields = columns
      .filter((c) => (b.cells[c] ?? '').trim() !== (a.cells[c] ?? '').trim())
      .map((c) => ({ field: c, before: b.cells[c] ?? '', after: a.cells[c] ?? '' }));
    if (fields.length) changes.push({ kind: a.kind, id: a.id, label: label(a), change: 'changed', fields });
  }
  for (const [k, b] of old) if (!now.has(k)) changes.push({ kind: b.kind, id: b.id, label: label(b), change: 'removed' });
  return changes;
}
