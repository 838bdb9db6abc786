import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, dayNumber, isRealDate } from '../../core/points/clock';
import { isInVietnam } from '../../core/points/distance';
import { searchKey } from '../../core/points/search-key';
import type { ProvinceInfo } from '../../core/points/types';
import { fromLunar } from '../../core/calendar/lunar';
import { legalHolidays, makeUpDays } from '../../core/calendar/public-holidays';
import { describeFound, type ContentError } from './errors';
import { readCoordinate, readTable, splitList } from './points-table';

export const PROVINCES_FILE = 'content/points/provinces.csv';
export const HOLIDAYS_FILE = 'content/points/holidays.csv';

export interface ProvinceRef extends Omit<ProvinceInfo, 'bounds' | 'points' | 'sessions'> {
  line: number;
}

/** content/points/provinces.csv: the 34 provinces after 2025, their old names and centres. */
export function readProvinces(root: string, errors: ContentError[]): ProvinceRef[] {
  const file = PROVINCES_FILE;
  if (!existsSync(join(root, file))) {
    errors.push({ file, line: 1, field: 'file', found: 'no file', expected: 'the list of provinces (id,name,aliases,lat,lng,source)' });
    return [];
  }
  const rows = readTable(root, file, { required: ['id', 'name', 'lat', 'lng', 'source'], optional: ['aliases'] }, errors);
  const out: ProvinceRef[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of rows ?? []) {
    const err = (field: string, found: string, expected: string) => errors.push({ file, line, field, found, expected });
    const id = cells.id ?? '';
    if (!/^[a-z][a-z0-9-]{1,30}$/.test(id)) err('id', describeFound(id), 'lower-case letters, digits and - (e.g. ho-chi-minh)');
    else if (seen.has(id)) err('id', `"${id}" again`, `an id not used before (first on line ${seen.get(id)})`);
    seen.set(id, line);
    const lat = readCoordinate(cells.lat);
    const lng = readCoordinate(cells.lng);
    if (lat === undefined || lng === undefined || !isInVietnam(lat, lng)) {
      err('lat,lng', `${describeFound(cells.lat)}, ${describeFound(cells.lng)}`, 'a position in Vietnam in decimal degrees');
      continue;
    }
    if (!cells.name) err('name', 'an empty value', "the province's name");
    if (!cells.source) err('source', 'an empty value', 'where the name and centre come from');
    out.push({ id, name: cells.name ?? '', aliases: splitList(cells.aliases, /\s*;\s*/), center: [lat, lng], line });
  }
  return out;
}

/** Finds a province by id or by name/alias written any way ("TP. Hồ Chí Minh", "ho chi minh"). */
export function provinceResolver(provinces: readonly ProvinceRef[]): (cell: string) => ProvinceRef | undefined {
  const byKey = new Map<string, ProvinceRef>();
  for (const p of provinces) {
    byKey.set(p.id, p);
    byKey.set(searchKey(p.name), p);
  }
  return (cell) => byKey.get(cell.trim()) ?? byKey.get(searchKey(cell));
}

/** Public holidays for the finder: every day off, and which of them are not announced yet. */
export interface Holidays {
  /** Days offices close on (`PH off`): official and provisional days. */
  closed: string[];
  /** Days whose schedule is not announced: provisional days off, and `maybe` days. */
  unconfirmed: string[];
}

const STATUSES = ['official', 'provisional', 'maybe'] as const;

/**
 * content/points/holidays.csv: public holidays (ngày lễ) on which `PH off` closes an office.
 * A row is a date or a range (Tết). `status`: official (law or the Government's notice), provisional
 * (a day off by law whose exact date is not announced yet: closed, and shown as unconfirmed) or
 * maybe (might be a day off: open, and shown as "call first"). `lunar` (D/M) is checked against the
 * computed lunar calendar. A file with a `lunar` column must list every legal holiday of each year it
 * covers, with the make-up day of a holiday that falls on a weekend.
 */
export function readHolidays(root: string, errors: ContentError[]): Holidays {
  const file = HOLIDAYS_FILE;
  if (!existsSync(join(root, file))) return { closed: [], unconfirmed: [] };
  const rows = readTable(root, file, { required: ['date', 'name', 'source'], optional: ['lunar', 'status'] }, errors);
  const closed = new Set<string>();
  const unconfirmed = new Set<string>();
  const listed = new Set<string>();
  const years = new Map<number, number>(); // year → last line
  let lunarColumn = false;
  for (const { line, cells } of rows ?? []) {
    const err = (field: string, found: string, expected: string) => errors.push({ file, line, field, found, expected });
    const [from = '', to = from, extra] = (cells.date ?? '').split('..').map((s) => s.trim());
    if (
      !isRealDate(from) ||
      !isRealDate(to) ||
      extra !== undefined ||
      dayNumber(to) < dayNumber(from) ||
      dayNumber(to) - dayNumber(from) > 31
    ) {
      err('date', describeFound(cells.date), 'a real date YYYY-MM-DD, or a range of at most a month like 2027-02-05..2027-02-09');
      continue;
    }
    if (!cells.name) err('name', 'an empty value', "the holiday's name");
    if (!cells.source) err('source', 'an empty value', 'the law or announcement it comes from');
    const status = (cells.status ?? '').trim() || 'official';
    if (!(STATUSES as readonly string[]).includes(status)) err('status', describeFound(cells.status), `one of ${STATUSES.join(', ')}`);
    if ('lunar' in cells) lunarColumn = true;
    const lunar = (cells.lunar ?? '').trim();
    if (lunar) checkLunar(lunar, from, to, err);
    for (let d = from; d <= to; d = addDays(d, 1)) {
      listed.add(d);
      if (status !== 'maybe') closed.add(d);
      if (status !== 'official') unconfirmed.add(d);
    }
    years.set(Number(from.slice(0, 4)), line);
  }
  if (lunarColumn) checkEveryHoliday(years, listed, errors);
  return { closed: [...closed].sort(), unconfirmed: [...unconfirmed].sort() };
}

function checkLunar(lunar: string, from: string, to: string, err: (field: string, found: string, expected: string) => void): void {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(lunar);
  if (!m) return err('lunar', describeFound(lunar), 'a lunar day written D/M, like 10/3 (Giỗ Tổ Hùng Vương) or 1/1 (Tết)');
  const [day, month] = [Number(m[1]), Number(m[2])];
  const year = Number(from.slice(0, 4));
  const candidates = [year - 1, year].map((y) => fromLunar({ day, month, year: y, leap: false }));
  if (candidates.some((d) => d !== undefined && d >= from && d <= to)) return;
  const near = candidates.filter((d): d is string => d !== undefined).find((d) => d.slice(0, 4) === from.slice(0, 4));
  err(
    'date',
    `"${from === to ? from : `${from}..${to}`}"`,
    `a day that includes ${lunar} âm lịch, which is ${near ?? 'not in this year'} (a make-up day goes in its own row)`,
  );
}

function checkEveryHoliday(years: ReadonlyMap<number, number>, listed: ReadonlySet<string>, errors: ContentError[]): void {
  for (const [year, line] of years) {
    for (const h of legalHolidays(year)) {
      const days = h.orOneOf ?? [h.date];
      if (days.some((d) => listed.has(d))) continue;
      errors.push({
        file: HOLIDAYS_FILE,
        line,
        field: 'date',
        found: `no row for ${h.name} ${year} (${days.join(' or ')})`,
        expected: 'a row for every public holiday of each year listed (Labour Code 2019 art. 112), status provisional until announced',
      });
    }
    const holidays = new Set(legalHolidays(year).flatMap((h) => (h.orOneOf ?? [h.date]).filter((d) => listed.has(d))));
    for (const m of makeUpDays(year, holidays)) {
      if (listed.has(m.date)) continue;
      errors.push({
        file: HOLIDAYS_FILE,
        line,
        field: 'date',
        found: `no make-up day for ${m.for} ${year}, which falls on a weekend`,
        expected: `a row for ${m.date} (Labour Code 2019 art. 111: the next working day)`,
      });
    }
  }
}
