import { isLang, SOURCE_LANG } from '../i18n/languages';
import { ANSWER_PIECE, answerPieces, MAX_ANSWERS_TEXT, MAX_PIECES, SEPARATOR as ANSWER_SEPARATOR } from '../eligibility/answer-codes';
import { isService } from '../points/types';
import { matchRoute, type RouteId } from '../routes';
import { LOCALITY_PARAM, normalizeLocalityParam } from '../counts/localities';
import { normalizeSourceTag, SOURCE_TAG_PARAM, type QueryLike } from './source-tag';

/**
 * The canonical link (đường dẫn chia sẻ) of a screen: what a share QR, a poster or a hand-off holds.
 *
 * A link must hold no personal data and stay short (a phone scans it from a metre away on an A5
 * sheet), so it is built from a whitelist, never copied from the address bar: the screen's canonical
 * path, then only the query parameters that screen understands, each checked against a strict
 * pattern. Anything else (free text such as a place search, a tag the page arrived with, tracking
 * parameters, fragments) is dropped.
 */

interface ParamRule {
  /** Which screens the parameter means something on. */
  routes: readonly RouteId[];
  /** The value as it goes into a link, or null to drop it. Values use only characters that need no
   * percent-encoding in a query, so they are written as-is. */
  canonical: (value: string) => string | null;
}

/** Order here is the order in the link, so one screen state always gives one link (and one QR). */
const PARAMS: Readonly<Record<string, ParamRule>> = {
  a: { routes: ['checker'], canonical: canonicalAnswers },
  dv: { routes: ['places'], canonical: (v) => (isService(v) ? v : null) },
};

// Checker answer codes (core/eligibility/answer-codes), read with the checker's own limits. Only the
// syntax is checked here (the checker reports pieces it does not know): pieces that cannot be answers
// are left out, other separators are written as the checker's own, and text longer than any link we
// make is dropped whole.
function canonicalAnswers(value: string): string | null {
  if (value.length > MAX_ANSWERS_TEXT) return null;
  const pieces = answerPieces(value)
    .filter((p) => ANSWER_PIECE.test(p))
    .slice(0, MAX_PIECES);
  return pieces.length ? pieces.join(ANSWER_SEPARATOR) : null;
}

/** Screens a link never opens: a citizen's phone must not turn into a kiosk. They share home instead. */
const NOT_SHARED: readonly RouteId[] = ['kiosk'];

export interface ShareOptions {
  /** Source tag for the counts; invalid tags are dropped. Only an explicit tag is used: a tag the page
   * arrived with is not passed on, or a re-shared link would be counted for the original poster. */
  src?: string | null;
  /** The language the link opens in. Vietnamese, the default, is left out to keep the link short. */
  lang?: string | null;
  /** The commune (or province) where the poster hangs: its public locality code, so visits from it
   * count there. A place, never a person; invalid codes are dropped like invalid tags. */
  place?: string | null;
}

/** Path and query of the canonical link, e.g. `/kiem-tra?a=t1:y,t2:n&src=chung-cu-a`. */
export function sharePath(path: string, query: QueryLike | string = '', options: ShareOptions = {}): string {
  const q = typeof query === 'string' ? new URLSearchParams(query) : query;
  const id = shareRouteId(path);
  const canonical = id === 'home' ? '/' : (matchRoute(path)?.path ?? '/');

  const pairs: string[] = [];
  for (const [name, rule] of Object.entries(PARAMS)) {
    const raw = q.get(name);
    const value = raw !== null && rule.routes.includes(id) ? rule.canonical(raw) : null;
    if (value) pairs.push(`${name}=${value}`);
  }
  const lang = options.lang ?? q.get('lang');
  if (isLang(lang) && lang !== SOURCE_LANG) pairs.push(`lang=${lang}`);
  const src = normalizeSourceTag(options.src);
  if (src) pairs.push(`${SOURCE_TAG_PARAM}=${src}`);
  const place = normalizeLocalityParam(options.place);
  if (place) pairs.push(`${LOCALITY_PARAM}=${place}`);
  return pairs.length ? `${canonical}?${pairs.join('&')}` : canonical;
}

const ORIGIN = /^https?:\/\/[a-z0-9.-]+(:[0-9]{1,5})?$/i;

/**
 * The full canonical link. `origin` is the deployment's (location.origin in the app), e.g.
 * "https://vneid.example.vn"; anything else (a path, credentials, a non-http scheme) is a
 * programming error and throws.
 */
export function shareLink(origin: string, path: string, query: QueryLike | string = '', options: ShareOptions = {}): string {
  const base = origin.replace(/\/$/, '');
  if (!ORIGIN.test(base)) throw new Error(`shareLink: origin must be like https://host[:port], got ${JSON.stringify(origin)}`);
  return base.toLowerCase() + sharePath(path, query, options);
}

const ABSOLUTE = /^(https?:\/\/[^/?#]+)([^?#]*)(\?[^#]*)?/i;

/**
 * Canonicalizes an absolute URL (e.g. location.href). Idempotent for the same options: a canonical
 * link maps to itself (its `src` is kept only when passed again in options).
 */
export function shareLinkFromUrl(href: string, options: ShareOptions = {}): string {
  const m = ABSOLUTE.exec(href);
  if (!m) throw new Error(`shareLinkFromUrl: expected an absolute http(s) URL, got ${JSON.stringify(href)}`);
  return shareLink(m[1] ?? '', m[2] || '/', m[3] ?? '', options);
}

/** Which screen a share link opens (for the share_shown count and the dialog's wording). */
export function shareRouteId(path: string): RouteId {
  const match = matchRoute(path);
  return match && !NOT_SHARED.includes(match.id) ? match.id : 'home';
}
