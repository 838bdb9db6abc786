import type { DraftEntry } from './draft';

type Entry = Pick<DraftEntry, 'kind' | 'id' | 'cells'>;

/**
 * What a publish (or a roll-back) by an organizer makes the province's content: the entries
 * inside their scope come from `source` (their draft, or the version rolled back to), everything
 * outside it stays as it is in `base` (the version in force). A commune's organizer never
 * publishes a neighbour's unfinished edits, nor takes them back.
 */
export function mergeForScope(base: readonly Entry[], source: readonly Entry[], inScope: (e: Entry) => boolean): Entry[] {
  const kept = base.filter((e) => !inScope(e));
  const taken = source.filter((e) => inScope(e));
  const key = (e: Entry) => `${e.kind}:${e.id}`;
  const seen = new Set(kept.map(key));
  return [...kept, ...taken.filter((e) => !seen.has(key(e)))];
}
