import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, dayNumber, isRealDate } from '../../core/points/clock';
import { isInVietnam } from '../../core/points/distance';
import { searchKey } from '../../core/points/search-key';
import type { ProvinceInfo } from '../../core/points/types';
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

/**
 * content/points/holidays.csv: public holidays (ngày lễ) on which `PH off` closes an office.
 * A row is a date or a range (Tết); the Government announces the exact Tết days each year.
 */
export function readHolidays(root: string, errors: ContentError[]): string[] {
  const file = HOLIDAYS_FILE;
  if (!existsSync(join(root, file))) return [];
  const rows = readTable(root, file, { required: ['date', 'name', 'source'], optional: [] }, errors);
  const dates = new Set<string>();
  for (const { line, cells } of rows ?? []) {
    const [from = '', to = from, extra] = (cells.date ?? '').split('..').map((s) => s.trim());
    if (
      !isRealDate(from) ||
      !isRealDate(to) ||
      extra !== undefined ||
      dayNumber(to) < dayNumber(from) ||
      dayNumber(to) - dayNumber(from) > 31
    ) {
      errors.push({
        file,
        line,
        field: 'date',
        found: describeFound(cells.date),
        expected: 'a real date YYYY-MM-DD, or a range of at most a month like 2027-02-05..2027-02-09',
      });
      continue;
    }
    if (!cells.name) errors.push({ file, line, field: 'name', found: 'an empty value', expected: "the holiday's name" });
    if (!cells.source)
      errors.push({ file, line, field: 'source', found: 'an empty value', expected: 'the law or announcement it comes from' });
    for (let d = from; d <= to; d = addDays(d, 1)) dates.add(d);
  }
  return [...dates].sort();
}
