/**
 * Source tags (mã nguồn): which poster, kiosk or volunteer team a link came from, carried as `?src=`
 * so the anonymous counts can say which posters work. A tag is a label organizers choose, never a
 * person: lower-case ASCII letters, digits and '-', at most 24 characters.
 *
 * A tag arrives from a URL anyone can type, so a bad one is dropped (null), never repaired and never
 * echoed: the page shows nothing of what it did not accept.
 */
export const SOURCE_TAG_PARAM = 'src';
export const SOURCE_TAG_MAX = 24;

const TAG = /^[a-z0-9-]{1,24}$/;

/**
 * The tag in canonical form, or null when it is not a valid tag.
 * Only ASCII A–Z are lower-cased: String#toLowerCase would turn look-alikes such as the Kelvin sign
 * (U+212A) into a plain "k" and let them through.
 */
export function normalizeSourceTag(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > SOURCE_TAG_MAX) return null;
  const lower = raw.replace(/[A-Z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 32));
  // Eight or more digits in a row could be a phone or ID number (số CCCD): never a tag.
  return TAG.test(lower) && !/\d{8}/.test(lower) ? lower : null;
}

/** Anything with URLSearchParams' `get` (a URLSearchParams, or a test's stand-in). */
export interface QueryLike {
  get(name: string): string | null;
}

/** The link's source tag, for the counts: `readSourceTag(new URLSearchParams(location.search))`. */
export function readSourceTag(query: QueryLike): string | null {
  return normalizeSourceTag(query.get(SOURCE_TAG_PARAM));
}
