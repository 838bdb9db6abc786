import { namesPlace, rankByKey, searchKey, searchTokens } from './search-key';
import type { PlaceEntry, ProvinceInfo } from './types';

/**
 * What a typed place means, the way people write places in messages and on forms: "Bỉm Sơn, Thanh
 * Hóa" (a province after the ward), "Q5 HCM", "quan5", "P.12 Q.5", or a whole street address
 * around the place name ("8 Nguyễn Trãi Quận 5").
 */
export type PlaceAnswer =
  | { kind: 'place'; place: PlaceEntry }
  /** Several places fit: the person chooses. `numbered`: a ward known only by its number. */
  | { kind: 'choice'; places: PlaceEntry[]; numbered: boolean }
  | { kind: 'none' };

/** Unit words that may stand before a province's name and mean nothing more ("tỉnh Thanh Hóa"). */
const PROVINCE_WORDS = /^(?:tinh|thanh pho)$/;
/** A ward or commune known only by its number: every old district had its own Phường 12. */
const NUMBERED_UNIT = /^(?:phuong|xa) \d+$/;

export function understandPlace(query: string, places: readonly PlaceEntry[], provinces: readonly ProvinceInfo[], limit = 8): PlaceAnswer {
  const key = searchKey(query);
  if (!key) return { kind: 'none' };
  const keysOf = (p: PlaceEntry) => [searchKey(p.name)];

  // 1. The whole text as a place name, as before.
  const whole = rankByKey(key, places, keysOf);
  if (whole.some((p) => namesPlace(key, searchKey(p.name)))) return decide(key, whole, limit);

  // 2. A province named in the text narrows the search to it; the rest is the place.
  const split = splitProvince(key, provinces);
  if (split && split.rest) {
    const pool = places.filter((p) => p.province === split.province.id);
    const inProvince = rankByKey(split.rest, pool, keysOf);
    if (inProvince.length) return decide(split.rest, inProvince, limit);
    const inside = namedInside(split.rest, pool);
    if (inside) return decide(inside.key, inside.places, limit);
  }
  if (whole.length) return decide(key, whole, limit);

  // 3. A place name inside a longer text (a street address around it).
  const inside = namedInside(split?.rest || key, split ? places.filter((p) => p.province === split.province.id) : places);
  return inside ? decide(inside.key, inside.places, limit) : { kind: 'none' };
}

/** One place when the text names it clearly, else a short choice. */
function decide(queryKey: string, found: readonly PlaceEntry[], limit: number): PlaceAnswer {
  const unique = distinct(found);
  if (NUMBERED_UNIT.test(queryKey)) return { kind: 'choice', places: unique.slice(0, limit), numbered: true };
  const named = unique.filter((p) => namesPlace(queryKey, searchKey(p.name)));
  // Names said outright, all in one province: the first (the current commune comes before old names).
  if (named.length > 0 && named.every((p) => p.province === named[0]?.province)) return { kind: 'place', place: named[0] as PlaceEntry };
  if (named.length > 1) return { kind: 'choice', places: named.slice(0, limit), numbered: false };
  if (unique.length === 1) return { kind: 'place', place: unique[0] as PlaceEntry };
  return { kind: 'choice', places: unique.slice(0, limit), numbered: false };
}

/** The same name in the same province only once. */
function distinct(found: readonly PlaceEntry[]): PlaceEntry[] {
  const seen = new Set<string>();
  return found.filter((p) => {
    const id = `${p.province}|${searchKey(p.name)}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/**
 * The province named in the text (its name or an old or merged name, with or without "tỉnh",
 * "thành phố"), the longest such name winning, and the text without it.
 */
export function splitProvince(key: string, provinces: readonly ProvinceInfo[]): { province: ProvinceInfo; rest: string } | undefined {
  const words = key.split(' ');
  let best: { province: ProvinceInfo; at: number; length: number } | undefined;
  for (const province of provinces) {
    for (const name of [province.name, ...province.aliases]) {
      const nameWords = stripProvinceWords(searchKey(name).split(' '));
      if (nameWords.length === 0) continue;
      const at = indexOfWords(words, nameWords);
      if (at >= 0 && (!best || nameWords.length > best.length)) best = { province, at, length: nameWords.length };
    }
  }
  if (!best) return undefined;
  const before = stripTrailing(words.slice(0, best.at));
  const rest = [...before, ...words.slice(best.at + best.length)].join(' ').trim();
  return { province: best.province, rest };
}

function stripProvinceWords(words: string[]): string[] {
  let i = 0;
  while (i < words.length && PROVINCE_WORDS.test(words.slice(i, i + 2).join(' '))) i += 2;
  while (i < words.length && PROVINCE_WORDS.test(words[i] ?? '')) i += 1;
  return words.slice(i);
}

/** "… tỉnh", "… thành phố" just before the province name belong to it. */
function stripTrailing(words: string[]): string[] {
  const out = [...words];
  if (out.length >= 2 && PROVINCE_WORDS.test(out.slice(-2).join(' '))) out.splice(-2);
  else if (out.length >= 1 && PROVINCE_WORDS.test(out[out.length - 1] ?? '')) out.splice(-1);
  return out;
}

function indexOfWords(words: readonly string[], part: readonly string[]): number {
  outer: for (let i = 0; i + part.length <= words.length; i++) {
    for (let j = 0; j < part.length; j++) if (words[i + j] !== part[j]) continue outer;
    return i;
  }
  return -1;
}

/**
 * The longest run of words inside the text that names a place outright ("quan 5" in "8 nguyen trai
 * quan 5"). A bare number is never a place (it is the house number).
 */
function namedInside(key: string, pool: readonly PlaceEntry[]): { key: string; places: PlaceEntry[] } | undefined {
  const tokens = searchTokens(key);
  for (let size = tokens.length - 1; size >= 1; size--) {
    for (let at = 0; at + size <= tokens.length; at++) {
      const part = tokens.slice(at, at + size).join(' ');
      if (/^\d+$/.test(part)) continue;
      const places = pool.filter((p) => namesPlace(part, searchKey(p.name)));
      if (places.length) return { key: part, places };
    }
  }
  return undefined;
}
