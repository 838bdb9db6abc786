/**
 * Accent-insensitive search for place names, as people type them on a phone without Vietnamese
 * input: "quan 5", "phuong 12", "bim son", "Q.5", "tp hcm". Both the query and the names go through
 * searchKey(); a name matches when every word of the query is one of its words.
 */

/** Short forms people write on posters and in messages, expanded to the words they stand for. */
const ABBREVIATIONS: Record<string, string> = {
  q: 'quan',
  p: 'phuong',
  tp: 'thanh pho',
  tx: 'thi xa',
  tt: 'thi tran',
  hcm: 'ho chi minh',
  tphcm: 'thanh pho ho chi minh',
};

/**
 * Lower-case ASCII words separated by single spaces: diacritics removed (đ → d, which Unicode
 * does not decompose), punctuation dropped, "Q.5"/"P12" spelled out, leading zeros dropped
 * ("Phường 05" = "phuong 5").
 */
export function searchKey(text: string): string {
  const ascii = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐÐ]/g, 'd')
    .toLowerCase()
    // "q5", "p12", "quan5": a short form or a unit word glued to a number.
    .replace(/\b(q|p|tx|tp|quan|phuong)(\d)/g, '$1 $2')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (ascii === '') return '';
  return ascii
    .split(' ')
    .map((w, i, all) => {
      if (/^\d+$/.test(w)) return String(Number(w));
      const long = ABBREVIATIONS[w];
      // "q" and "p" alone are only short forms before a number ("Q.5"), not as words.
      if (long && (w.length > 1 || /^\d/.test(all[i + 1] ?? ''))) return long;
      return w;
    })
    .join(' ');
}

const UNIT_TYPES = /^(?:thanh pho|thi xa|thi tran|dac khu|phuong|xa|quan|huyen|tinh) /;

/**
 * Does a typed query name this place outright? "quan 5" is "Quận 5"; "bim son" is "Phường Bỉm Sơn"
 * (the unit type may be left out of the query, but never swapped: "phuong 5" is not "Quận 5").
 */
export function namesPlace(queryKey: string, nameKey: string): boolean {
  return queryKey !== '' && (nameKey === queryKey || nameKey.replace(UNIT_TYPES, '') === queryKey);
}

/**
 * Words for matching: a number stays glued to the word before it, so "phuong 12 quan 5" is
 * {phuong 12, quan 5} and the query "phuong 5" does not match it.
 */
export function searchTokens(key: string): string[] {
  const words = key.split(' ').filter(Boolean);
  const out: string[] = [];
  for (const w of words) {
    const prev = out[out.length - 1];
    if (/^\d+$/.test(w) && prev !== undefined && !/\d/.test(prev)) out[out.length - 1] = `${prev} ${w}`;
    else out.push(w);
  }
  return out;
}

/**
 * How well a name matches a query, 0 = not at all. Every query token must be a token of the name
 * (the last one may be a prefix: the person is still typing). Exact names rank first, then names
 * that start with the query, then names with fewer extra words.
 */
export function matchScore(queryKey: string, nameKey: string): number {
  const q = searchTokens(queryKey);
  if (q.length === 0) return 0;
  const name = searchTokens(nameKey);
  for (let i = 0; i < q.length; i++) {
    const token = q[i] ?? '';
    const last = i === q.length - 1;
    const found = name.some((t) => t === token || (last && t.startsWith(token) && !/^\d/.test(t.slice(token.length))));
    if (!found) return 0;
  }
  if (nameKey === queryKey) return 100;
  const startsWith = nameKey.startsWith(queryKey) ? 20 : 0;
  return 50 + startsWith - Math.min(29, name.length - q.length);
}

/** Entries that match, best first; ties keep their given order. */
export function searchByKey<T>(query: string, entries: readonly T[], keysOf: (entry: T) => readonly string[]): T[] {
  return rankByKey(searchKey(query), entries, keysOf);
}

/** searchByKey for a query already turned into its key. */
export function rankByKey<T>(queryKey: string, entries: readonly T[], keysOf: (entry: T) => readonly string[]): T[] {
  if (!queryKey) return [];
  const scored: { entry: T; score: number; at: number }[] = [];
  entries.forEach((entry, at) => {
    let score = 0;
    for (const key of keysOf(entry)) score = Math.max(score, matchScore(queryKey, key));
    if (score > 0) scored.push({ entry, score, at });
  });
  scored.sort((a, b) => b.score - a.score || a.at - b.at);
  return scored.map((s) => s.entry);
}
