import { dayNumber, isRealDate } from './clock';
import { isInVietnam } from './distance';
import { parseDates, parseHours, parseTimes } from './hours';
import { POINT_KINDS, SERVICES, isService, type MobileSession, type PointKind, type RegistrationPoint, type Service } from './types';
import type { CsvRow } from '../content/csv';
import { describeFound, type ContentError } from '../content/problems';
import { readCoordinate, readFlag, splitList } from '../content/cells';

/** What a row needs to know of its province (content/points/provinces.csv). */
export interface ProvinceRefLike {
  id: string;
}

export const POINT_COLUMNS = {
  required: ['id', 'name', 'kind', 'services', 'address', 'commune', 'province', 'lat', 'lng', 'source'],
  optional: ['phone', 'hours', 'notes', 'notes_en', 'aliases', 'verified', 'confirmed_by', 'sample', 'closed'],
} as const;

export const SESSION_COLUMNS = {
  required: ['id', 'place', 'dates', 'times', 'services', 'source'],
  optional: ['notes', 'sample', 'cancelled', 'verified', 'confirmed_by'],
} as const;

const ID = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const ID_EXPECTED = 'a short id: lower-case letters, digits and - (it is printed in links and QR codes: /diem/<id>)';
const PHONE = /^\+?[0-9][0-9 .]{2,18}[0-9]$/;
/** Vietnamese mobile numbers (03x, 05x, 07x, 08x, 09x + 8 digits): personal phones are never published. */
const MOBILE = /^(?:\+?84|0)(?:3|5|7|8|9)\d{8}$/;
const HOURS_HELP = ' (see content/points/README.md, "Opening hours")';

/** Ids must be unique across every points and sessions file: they become /diem/<id> links. */
export type IdRegistry = Map<string, string>;

type Report = (field: string, found: string, expected: string) => void;

function reporter(errors: ContentError[], file: string, line: number): Report {
  return (field, found, expected) => errors.push({ file, line, field, found, expected });
}

function readId(cell: string | undefined, ids: IdRegistry, where: string, err: Report): string | undefined {
  const id = (cell ?? '').trim();
  if (!ID.test(id)) return void err('id', describeFound(id), ID_EXPECTED);
  const first = ids.get(id);
  if (first) return void err('id', `"${id}" again`, `an id not used before (first used at ${first})`);
  ids.set(id, where);
  return id;
}

/**
 * A list of services; on points, `level2?` marks one that no source confirms (the finder then says
 * "call first"). Sessions are announced by their team, so they take no "?".
 */
function readServices(
  cell: string | undefined,
  err: Report,
  opts: { unconfirmed?: boolean } = {},
): { services: Service[]; unconfirmed: Service[] } | undefined {
  const list = splitList(cell);
  const names = list.map((s) => (opts.unconfirmed ? s.replace(/\?$/, '') : s));
  const bad = list.find((s, i) => !isService(names[i]));
  if (bad !== undefined || list.length === 0) {
    const help = opts.unconfirmed ? ' (a service no source confirms ends with ?, e.g. card?)' : '';
    return void err('services', describeFound(bad ?? cell ?? ''), `one or more of ${SERVICES.join(', ')}${help}`);
  }
  const unconfirmed = list.filter((s) => opts.unconfirmed && s.endsWith('?')).map((s) => s.slice(0, -1) as Service);
  return { services: [...new Set(names)] as Service[], unconfirmed: [...new Set(unconfirmed)] };
}

function required(cells: Record<string, string>, name: string, expected: string, err: Report): string | undefined {
  const v = (cells[name] ?? '').trim();
  if (v === '') return void err(name, 'an empty value', expected);
  return v;
}

export function readPointRow(
  file: string,
  { line, cells }: CsvRow,
  ctx: { ids: IdRegistry; province: (cell: string) => ProvinceRefLike | undefined },
  errors: ContentError[],
): RegistrationPoint | undefined {
  const err = reporter(errors, file, line);
  const before = errors.length;
  const id = readId(cells.id, ctx.ids, `${file}:${line}`, err);
  const name = required(cells, 'name', "the point's name", err);
  const kind = cells.kind?.trim() as PointKind;
  if (!(POINT_KINDS as readonly string[]).includes(kind)) err('kind', describeFound(cells.kind), `one of ${POINT_KINDS.join(', ')}`);
  const services = readServices(cells.services, err, { unconfirmed: true });
  const address = required(cells, 'address', 'a street address', err);
  const commune = required(cells, 'commune', 'the commune or ward (xã, phường) after the 2025 reform', err);
  const province = ctx.province(cells.province ?? '');
  if (!province)
    err('province', describeFound(cells.province), 'a province id or name from content/points/provinces.csv (e.g. ho-chi-minh)');
  const lat = readCoordinate(cells.lat);
  const lng = readCoordinate(cells.lng);
  if (lat === undefined || lng === undefined || !isInVietnam(lat, lng)) {
    const swapped = lat !== undefined && lng !== undefined && isInVietnam(lng, lat) ? ' (these look swapped)' : '';
    err(
      'lat,lng',
      `${describeFound(cells.lat)}, ${describeFound(cells.lng)}`,
      `a position in Vietnam in decimal degrees, latitude first (e.g. 10.7546, 106.6632)${swapped}`,
    );
  }
  const phone = (cells.phone ?? '').trim() || undefined;
  if (phone !== undefined) {
    if (!PHONE.test(phone)) err('phone', describeFound(phone), 'an office phone number (digits and spaces), or nothing');
    else if (MOBILE.test(phone.replace(/[ .]/g, ''))) {
      err('phone', describeFound(phone), "an office line or hotline: a mobile number is someone's personal phone and is never published");
    }
  }
  const hours = (cells.hours ?? '').trim() || undefined;
  if (kind === 'mobile' && hours)
    err('hours', describeFound(hours), 'no hours for a mobile venue: its dates and times go in a .sessions.csv file');
  if (kind !== 'mobile') {
    if (!hours) err('hours', 'an empty value', `opening hours like "Mo-Fr 07:30-11:30,13:30-17:00; PH off"${HOURS_HELP}`);
    else {
      const parsed = parseHours(hours);
      if (!parsed.ok) err('hours', parsed.found, parsed.expected + HOURS_HELP);
    }
  }
  const verified = (cells.verified ?? '').trim() || undefined;
  if (verified !== undefined && !isRealDate(verified))
    err('verified', describeFound(verified), 'a real date written YYYY-MM-DD, or nothing');
  const sample = readFlag(cells.sample);
  if (sample === undefined) err('sample', describeFound(cells.sample), 'yes, no or nothing');
  if (sample && verified) err('verified', describeFound(verified), 'nothing on a sample row (sample data is never verified)');
  const confirmedBy = readConfirmedBy(cells, err);
  const source = required(cells, 'source', 'where this information comes from', err);
  const closed = readClosed(cells.closed);
  if (closed === null) err('closed', describeFound(cells.closed), 'temporary, permanent or nothing (open)');
  if (
    errors.length > before ||
    !id ||
    !name ||
    !services ||
    !address ||
    !commune ||
    !province ||
    lat === undefined ||
    lng === undefined ||
    !source
  ) {
    return undefined;
  }
  const notes = (cells.notes ?? '').trim() || undefined;
  const notesEn = (cells.notes_en ?? '').trim() || undefined;
  return {
    id,
    name,
    kind,
    services: services.services,
    ...(services.unconfirmed.length ? { unconfirmedServices: services.unconfirmed } : {}),
    address,
    commune,
    province: province.id,
    lat,
    lng,
    phone,
    hours,
    notes,
    notesEn,
    aliases: splitList(cells.aliases, /\s*;\s*/),
    verified,
    ...(confirmedBy ? { confirmedBy } : {}),
    source,
    sample: sample ?? false,
    ...(closed ? { closed } : {}),
  };
}

export function readSessionRow(
  file: string,
  { line, cells }: CsvRow,
  ctx: { ids: IdRegistry; point: (id: string) => RegistrationPoint | undefined },
  errors: ContentError[],
): MobileSession | undefined {
  const err = reporter(errors, file, line);
  const before = errors.length;
  const id = readId(cells.id, ctx.ids, `${file}:${line}`, err);
  const place = ctx.point((cells.place ?? '').trim());
  if (!place) err('place', describeFound(cells.place), 'the id of a point in a .points.csv file (the venue)');
  const dates = readSessionDates(cells.dates ?? '', err);
  const times = parseTimes(glue(cells.times ?? '').replace(/[;\s]+/g, ','));
  if (!Array.isArray(times)) err('times', times.found, `${times.expected}; several ranges are separated by commas`);
  const services = readServices(cells.services, err);
  const sample = readFlag(cells.sample);
  if (sample === undefined) err('sample', describeFound(cells.sample), 'yes, no or nothing');
  const source = required(cells, 'source', 'who announced this session', err);
  const cancelled = readFlag(cells.cancelled);
  if (cancelled === undefined) err('cancelled', describeFound(cells.cancelled), 'yes, no or nothing');
  const verified = (cells.verified ?? '').trim() || undefined;
  if (verified !== undefined && !isRealDate(verified))
    err('verified', describeFound(verified), 'a real date written YYYY-MM-DD, or nothing');
  const confirmedBy = readConfirmedBy(cells, err);
  if (errors.length > before || !id || !place || !dates || !Array.isArray(times) || !services || !source) return undefined;
  const notes = (cells.notes ?? '').trim() || undefined;
  // A session at a sample venue is sample data too.
  const session: MobileSession = {
    id,
    place: place.id,
    dates,
    times,
    services: services.services,
    notes,
    source,
    sample: (sample ?? false) || place.sample,
  };
  // Cancelled stays listed: people who saw the session must learn it is off, not find it gone.
  if (cancelled) session.cancelled = true;
  if (verified) session.verified = verified;
  if (confirmedBy) session.confirmedBy = confirmedBy;
  return session;
}

/** A point closed for a while (renovation, holiday) or for good; undefined when open, null when unreadable. */
function readClosed(cell: string | undefined): 'temporary' | 'permanent' | undefined | null {
  const v = (cell ?? '').trim().toLowerCase();
  if (v === '' || v === 'no' || v === 'không') return undefined;
  if (v === 'temporary' || v === 'tạm') return 'temporary';
  if (v === 'permanent' || v === 'hẳn') return 'permanent';
  return null;
}

function glue(text: string): string {
  return text
    .trim()
    .toLowerCase()
    .replace(/[–—]/g, '-')
    .replace(/\s*(\.\.|-|,)\s*/g, '$1');
}

function readSessionDates(cell: string, err: Report): string[] | undefined {
  const token = glue(cell).replace(/[;\s]+/g, ',');
  const ranges = token ? parseDates(token) : { found: 'an empty value', expected: 'dates' };
  if (!Array.isArray(ranges))
    return void err('dates', ranges.found, `${ranges.expected}; several dates or ranges (2026-12-05..2026-12-07) are separated by commas`);
  const out = new Set<string>();
  for (const [from, to] of ranges) {
    if (dayNumber(to) - dayNumber(from) > 92)
      return void err('dates', `"${from}..${to}"`, 'a range of at most 3 months (a mobile team is not somewhere every day for longer)');
    for (let d = dayNumber(from); d <= dayNumber(to); d++) out.add(new Date(d * 86_400_000).toISOString().slice(0, 10));
  }
  return [...out].sort();
}

/** Who last confirmed an entry (an organizer account or a unit's name): short, plain text. */
function readConfirmedBy(cells: Record<string, string>, err: Report): string | undefined {
  const by = (cells.confirmed_by ?? '').trim() || undefined;
  if (by !== undefined && (by.length > 80 || /[<>\p{Cc}]/u.test(by)))
    err('confirmed_by', describeFound(by), 'who confirmed it: an account or unit name of at most 80 characters');
  if (by !== undefined && !(cells.verified ?? '').trim())
    err('verified', 'an empty value', 'the date it was confirmed, since confirmed_by is set');
  return by;
}
