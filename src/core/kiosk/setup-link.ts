import { isLocalityCode, isSourceTag } from '../counts/dimensions';
import { isLang, SOURCE_LANG, type Lang } from '../i18n/languages';
import { isInVietnam } from '../points/distance';
import { formatPinHash, parsePinHash, type PinHash } from './pin';

/**
 * A kiosk's setup (thiết lập kiosk), as an organizer hands it over: a link, or the same link as a
 * QR code to scan with the tablet. Readable query parameters on the kiosk's own path, so a person
 * can check a link by eye and an error can name the parameter:
 *
 *   /kiosk?setup=1&id=nvh-kp3&loc=79-26734&lat=10.757&lng=106.663&ten=Nhà văn hóa khu phố 3
 *         &lang=vi&idle=60&pin=150000.<salt>.<hash>
 *
 * `setup` is the format's version. The PIN travels only as its fingerprint (pin.ts).
 */
export interface KioskSetup {
  /** Kiosk id (mã kiosk): counted as the source of this tablet's counts, so a source tag. */
  kioskId: string;
  /** Locality code (mã địa bàn): "79" or "79-26734". */
  locality: string;
  /** Where the tablet stands, for the point finder: rounded to 3 decimals (about 100 m). */
  lat: number;
  lng: number;
  /** What the place is called, e.g. "Nhà văn hóa khu phố 3" ('' when not given). */
  placeName: string;
  lang: Lang;
  /** Seconds without a touch before "Bạn vẫn đang dùng chứ?". */
  idleSeconds: number;
  pin: PinHash;
}

export const SETUP_VERSION = '1';
export const SETUP_PARAM = 'setup';
export const DEFAULT_IDLE_SECONDS = 60;
export const MIN_IDLE_SECONDS = 30;
export const MAX_IDLE_SECONDS = 600;
export const PLACE_NAME_MAX = 60;

/** The link's parameters, in the order a link is written. */
export const SETUP_FIELDS = ['setup', 'id', 'loc', 'lat', 'lng', 'ten', 'lang', 'idle', 'pin'] as const;
export type SetupField = (typeof SETUP_FIELDS)[number];

/**
 * What is wrong with one parameter. The screen words each kind per field (kiosk.json), the English
 * `describeSetupProblem` is for tests and logs.
 * - missing: a required parameter is absent; invalid: present but not what it must be;
 * - swapped: lat and lng exchanged; plainPin: a PIN in clear instead of its fingerprint;
 * - repeated: given twice; unknown: a parameter the format does not have (often a typo).
 */
export type SetupProblemKind = 'missing' | 'invalid' | 'swapped' | 'plainPin' | 'repeated' | 'unknown' | 'version';

/**
 * `field` is a known parameter, except for `unknown` problems (whatever name the link held).
 * `Field` widens the known names for forms that have more fields than the link (a PIN typed twice).
 */
type KnownFieldProblem = Exclude<SetupProblemKind, 'unknown'>;

export type SetupProblem<Field extends string = SetupField> = (
  { kind: 'unknown'; field: string } | { kind: KnownFieldProblem; field: Field }
) & {
  /** What was found, shortened (absent for missing). */
  found?: string;
};

export type SetupCheck = { ok: true; setup: KioskSetup } | { ok: false; problems: SetupProblem[] };

const EXPECTED: Record<SetupField, string> = {
  setup: `format version ${SETUP_VERSION}`,
  id: 'a kiosk id of a–z, 0–9 and "-" (at most 24, no run of 8 digits)',
  loc: 'a locality code "79" or "79-26734"',
  lat: 'a latitude in Vietnam, e.g. 10.757',
  lng: 'a longitude in Vietnam, e.g. 106.663',
  ten: `a place name of at most ${PLACE_NAME_MAX} characters`,
  lang: 'vi or en',
  idle: `whole seconds from ${MIN_IDLE_SECONDS} to ${MAX_IDLE_SECONDS}`,
  pin: 'the PIN fingerprint made by the setup page',
};

/** `lat: found "106.7", expected ...` — one line per problem, as the content build writes errors. */
export function describeSetupProblem(p: SetupProblem<string>): string {
  const expected = (EXPECTED as Record<string, string>)[p.field] ?? 'no such parameter';
  const found = p.found === undefined ? 'nothing' : JSON.stringify(p.found);
  const note = p.kind === 'swapped' ? ' (latitude and longitude look swapped)' : p.kind === 'plainPin' ? ' (a PIN in clear)' : '';
  return `${p.field}: found ${found}${note}, expected ${p.kind === 'unknown' ? 'no such parameter' : expected}`;
}

function shorten(value: string): string {
  return value.length > 40 ? value.slice(0, 37) + '...' : value;
}

const DECIMAL = /^-?\d{1,3}(\.\d{1,12})?$/;
const round3 = (n: number) => Math.round(n * 1000) / 1000;

/**
 * Reads a setup from a link's query (anything iterable as [name, value] pairs, e.g.
 * URLSearchParams). Every problem is listed at once, so one corrected link works. Parameters the
 * app adds to every link (`lang` is part of the setup; `src` is ignored) do not count as unknown.
 */
export function parseSetup(query: Iterable<readonly [string, string]>): SetupCheck {
  const problems: SetupProblem[] = [];
  const values = new Map<string, string>();
  for (const [name, value] of query) {
    if (name === 'src') continue;
    if (!(SETUP_FIELDS as readonly string[]).includes(name)) {
      problems.push({ field: shorten(name), kind: 'unknown', found: shorten(value) });
      continue;
    }
    if (values.has(name)) problems.push({ field: name as SetupField, kind: 'repeated', found: shorten(value) });
    else values.set(name, value);
  }
  const get = (f: SetupField) => values.get(f);
  const bad = (field: SetupField, kind: KnownFieldProblem, found?: string) =>
    problems.push(found === undefined ? { field, kind } : { field, kind, found: shorten(found) });

  const version = get('setup');
  if (version === undefined) bad('setup', 'missing');
  else if (version !== SETUP_VERSION) bad('setup', 'version', version);

  const id = get('id');
  if (id === undefined || id === '') bad('id', 'missing');
  else if (!isSourceTag(id)) bad('id', 'invalid', id);

  const loc = get('loc');
  if (loc === undefined || loc === '') bad('loc', 'missing');
  else if (!isLocalityCode(loc)) bad('loc', 'invalid', loc);

  checkPosition(get('lat'), get('lng'), bad);
  const lat = Number(get('lat'));
  const lng = Number(get('lng'));

  const name = (get('ten') ?? '').trim();
  // eslint-disable-next-line no-control-regex
  if (name.length > PLACE_NAME_MAX || /[\u0000-\u001f\u007f<>]/.test(name)) bad('ten', 'invalid', name);

  const lang = get('lang');
  if (lang !== undefined && !isLang(lang)) bad('lang', 'invalid', lang);

  const idleText = get('idle');
  const idle = idleText === undefined ? DEFAULT_IDLE_SECONDS : /^\d{1,4}$/.test(idleText) ? Number(idleText) : NaN;
  if (!(idle >= MIN_IDLE_SECONDS && idle <= MAX_IDLE_SECONDS)) bad('idle', 'invalid', idleText);

  const pinText = get('pin');
  const pin = pinText === undefined ? null : parsePinHash(pinText);
  if (pinText === undefined || pinText === '') bad('pin', 'missing');
  else if (/^\d{1,12}$/.test(pinText))
    bad('pin', 'plainPin', '•'.repeat(pinText.length)); // never echo a PIN
  else if (!pin) bad('pin', 'invalid', pinText);

  if (problems.length > 0 || !pin || !id || !loc) return { ok: false, problems };
  return {
    ok: true,
    setup: {
      kioskId: id,
      locality: loc,
      lat: round3(lat),
      lng: round3(lng),
      placeName: name,
      lang: isLang(lang) ? lang : SOURCE_LANG,
      idleSeconds: idle,
      pin,
    },
  };
}

/**
 * Checks the tablet's position. Vietnam's boxes (core/points) catch the usual slips: latitude and
 * longitude swapped, a lost decimal point, a missing value.
 */
function checkPosition(
  latText: string | undefined,
  lngText: string | undefined,
  bad: (field: SetupField, kind: KnownFieldProblem, found?: string) => void,
): void {
  if (!latText) bad('lat', 'missing');
  if (!lngText) bad('lng', 'missing');
  if (!latText || !lngText) {
    if (latText && !DECIMAL.test(latText)) bad('lat', 'invalid', latText);
    if (lngText && !DECIMAL.test(lngText)) bad('lng', 'invalid', lngText);
    return;
  }
  const lat = DECIMAL.test(latText) ? Number(latText) : NaN;
  const lng = DECIMAL.test(lngText) ? Number(lngText) : NaN;
  if (isInVietnam(lat, lng)) return;
  if (isInVietnam(lng, lat)) return bad('lat', 'swapped', latText);
  // Each coordinate against Vietnam's whole range; both in range but outside every box: the pair.
  const latOk = lat >= 6 && lat <= 24;
  const lngOk = lng >= 102 && lng <= 118;
  if (!latOk) bad('lat', 'invalid', latText);
  if (!lngOk) bad('lng', 'invalid', lngText);
  if (latOk && lngOk) bad('lat', 'invalid', `${latText},${lngText}`);
}

/** The setup as a link's query (no leading '?'); parseSetup reads it back to the same setup. */
export function formatSetupQuery(setup: KioskSetup): string {
  const pairs: [SetupField, string][] = [
    ['setup', SETUP_VERSION],
    ['id', setup.kioskId],
    ['loc', setup.locality],
    ['lat', String(round3(setup.lat))],
    ['lng', String(round3(setup.lng))],
  ];
  if (setup.placeName) pairs.push(['ten', setup.placeName]);
  pairs.push(['lang', setup.lang], ['idle', String(setup.idleSeconds)], ['pin', formatPinHash(setup.pin)]);
  return pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
}

/** True when a query is a setup link (even a broken one): the kiosk screen then shows the setup check. */
export function isSetupQuery(query: { get(name: string): string | null }): boolean {
  return query.get(SETUP_PARAM) !== null;
}
