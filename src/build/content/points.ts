import { searchKey } from '../../core/points/search-key';
import type { MobileSession, PlaceEntry, ProvinceData, ProvinceInfo, RegistrationPoint } from '../../core/points/types';
import type { CompiledContent, ContentCollection } from './collection';
import { dataModule } from './collection';
import type { ContentError } from './errors';
import { listFiles } from './files';
import { LOCALITIES_FILE, readLocalities } from './localities';
import {
  HOLIDAYS_FILE,
  PROVINCES_FILE,
  provinceResolver,
  readHolidays,
  readProvinces,
  type Holidays,
  type ProvinceRef,
} from './points-reference';
import { POINT_COLUMNS, SESSION_COLUMNS, readPointRow, readSessionRow, type IdRegistry } from '../../core/points/rows';
import { readTable } from './points-table';

/**
 * content/points/ → registration points and mobile sessions, split by province so a phone
 * downloads only the province it needs:
 * - `virtual:content/points/index`: every province (names, old names, centre, bounds of its data),
 *   public holidays, and lazy loaders for the rest (small: the places screen loads it first);
 * - `virtual:content/points/province/<id>`: `data`, that province's points and sessions;
 * - `virtual:content/points/places`: place names people type (communes, old wards and districts,
 *   provinces) with a position, loaded on the first typed search;
 * - `virtual:content/points/ids`: point ids by province, for a point opened straight from a link;
 * - `virtual:content/points/localities`: provinces and communes with their count codes (localities.csv).
 */
export const pointsCollection: ContentCollection = {
  name: 'points',
  compile(root) {
    const errors: ContentError[] = [];
    const provinces = readProvinces(root, errors);
    const holidays = readHolidays(root, errors);
    const province = provinceResolver(provinces);
    const localities = readLocalities(root, provinces, errors);
    const files = listFiles(root, 'content/points', ['.csv']).filter(
      (f) => f !== PROVINCES_FILE && f !== HOLIDAYS_FILE && f !== LOCALITIES_FILE,
    );
    for (const f of files) {
      if (!/\.(points|sessions)\.csv$/.test(f)) {
        errors.push({
          file: f,
          line: 1,
          field: 'file name',
          found: JSON.stringify(f.split('/').pop()),
          expected: '<name>.points.csv or <name>.sessions.csv',
        });
      }
    }

    const ids: IdRegistry = new Map();
    const points: RegistrationPoint[] = [];
    let unreadPoints = false;
    for (const file of files.filter((f) => f.endsWith('.points.csv'))) {
      const rows = readTable(root, file, POINT_COLUMNS, errors);
      if (!rows) unreadPoints = true;
      for (const row of rows ?? []) {
        const p = readPointRow(file, row, { ids, province }, errors);
        if (p) points.push(p);
      }
    }
    const byId = new Map(points.map((p) => [p.id, p]));
    const sessions: MobileSession[] = [];
    for (const file of files.filter((f) => f.endsWith('.sessions.csv'))) {
      for (const row of readTable(root, file, SESSION_COLUMNS, errors) ?? []) {
        const own: ContentError[] = [];
        const s = readSessionRow(file, row, { ids, point: (id) => byId.get(id) }, own);
        // A points file that could not be read (its error is listed) must not make every session
        // at its venues look wrong too.
        errors.push(...(unreadPoints ? own.filter((e) => e.field !== 'place') : own));
        if (s) sessions.push(s);
      }
    }
    if (errors.length) return { modules: {}, errors };
    const modules = buildModules(provinces, holidays, points, sessions);
    // Places by name with their count codes: the poster maker, the volunteer setup, the dashboard.
    modules['points/localities'] = dataModule(localities, 'localities');
    return { modules, errors };
  },
};

function buildModules(
  provinces: readonly ProvinceRef[],
  holidays: Holidays,
  points: readonly RegistrationPoint[],
  sessions: readonly MobileSession[],
): CompiledContent['modules'] {
  const modules: CompiledContent['modules'] = {};
  const provinceOf = new Map(points.map((p) => [p.id, p.province]));
  const index: ProvinceInfo[] = [];
  const loaders: string[] = [];
  for (const ref of provinces) {
    const own = points.filter((p) => p.province === ref.id);
    const ownSessions = sessions.filter((s) => provinceOf.get(s.place) === ref.id);
    const entry: ProvinceInfo = {
      id: ref.id,
      name: ref.name,
      aliases: ref.aliases,
      center: ref.center,
      points: own.length,
      sessions: ownSessions.length,
    };
    if (own.length) {
      entry.bounds = [
        Math.min(...own.map((p) => p.lat)),
        Math.min(...own.map((p) => p.lng)),
        Math.max(...own.map((p) => p.lat)),
        Math.max(...own.map((p) => p.lng)),
      ];
      const data: ProvinceData = { province: ref.id, points: own, sessions: ownSessions };
      modules[`points/province/${ref.id}`] = dataModule(data, 'data');
      loaders.push(`${JSON.stringify(ref.id)}: () => import(${JSON.stringify(`virtual:content/points/province/${ref.id}`)})`);
    }
    index.push(entry);
  }
  modules['points/index'] =
    dataModule(index, 'provinces') +
    dataModule(holidays.closed, 'holidays') +
    dataModule(holidays.unconfirmed, 'unconfirmedHolidays') +
    `export const loadProvince = {${loaders.join(', ')}};\n` +
    `export const loadPlaces = () => import("virtual:content/points/places");\n` +
    `export const loadIds = () => import("virtual:content/points/ids");\n`;
  modules['points/places'] = dataModule(placeEntries(provinces, points), 'places');
  // A point opened straight from a link or QR code (/diem/<id>): which province to load for it.
  const ids: Record<string, string[]> = {};
  for (const p of points) (ids[p.province] ??= []).push(p.id);
  modules['points/ids'] = dataModule(ids, 'pointIds');
  return modules;
}

/**
 * One entry per distinct name in a province, at the mean position of the points that carry it:
 * "Quận 5" (an old district on three wards' points) lands in the middle of old Quận 5.
 */
export function placeEntries(provinces: readonly ProvinceRef[], points: readonly RegistrationPoint[]): PlaceEntry[] {
  const groups = new Map<string, { name: string; type: PlaceEntry['type']; province: string; lats: number[]; lngs: number[] }>();
  const add = (name: string, type: PlaceEntry['type'], province: string, lat: number, lng: number) => {
    const key = `${province}|${searchKey(name)}`;
    const g = groups.get(key) ?? { name, type, province, lats: [], lngs: [] };
    if (type === 'commune') g.type = 'commune'; // the current name wins over an identical old one
    g.lats.push(lat);
    g.lngs.push(lng);
    groups.set(key, g);
  };
  for (const p of points) {
    add(p.commune, 'commune', p.province, p.lat, p.lng);
    for (const alias of p.aliases) add(alias, 'former', p.province, p.lat, p.lng);
  }
  const mean = (xs: number[]) => Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 1e5) / 1e5;
  const entries: PlaceEntry[] = [...groups.values()].map((g) => ({
    name: g.name,
    type: g.type,
    province: g.province,
    lat: mean(g.lats),
    lng: mean(g.lngs),
  }));
  for (const p of provinces) {
    entries.push({ name: p.name, type: 'province', province: p.id, lat: p.center[0], lng: p.center[1] });
    // An old province named on points ("Ninh Thuận") is better placed by those points than by
    // the merged province's centre.
    for (const alias of p.aliases) {
      if (!groups.has(`${p.id}|${searchKey(alias)}`))
        entries.push({ name: alias, type: 'former', province: p.id, lat: p.center[0], lng: p.center[1] });
    }
  }
  return entries;
}
