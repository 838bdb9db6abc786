import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../core/content/csv';
import { searchKey } from '../../core/points/search-key';
import type { NewEntry } from './publication-store';

/**
 * What the server knows of content/ (CONTENT_DIR, default ./content): the provinces and communes
 * with their count codes (content/points/localities.csv, the codes organizer scopes use), and each
 * province's points and sessions as built, which become its first draft. Read with the build's
 * CSV reader; checked with the build's row validator when published.
 */
export interface Area {
  /** Province id of the content files: "ho-chi-minh". */
  province: string;
  /** Count code: "79" for the province, "79-27301" for a commune. */
  code: string;
  name: string;
}

export interface ContentSource {
  provinces: Area[];
  /** The province's count code ("79"), when localities.csv lists it. */
  provinceCode(province: string): string | undefined;
  /** The commune's count code from its name (or an old name) in a province, when listed. */
  communeCode(province: string, commune: string): string | undefined;
  /** A province or commune by its count code: its province id and its names (the first is the current one). */
  area(code: string): { province: string; names: string[] } | undefined;
  /** Every commune listed in localities.csv, with its province's id. */
  communes: { province: string; code: string; name: string }[];
  /** The province's entries as built from content/points/<province>.{points,sessions}.csv. */
  builtEntries(province: string): NewEntry[];
}

export function contentDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.CONTENT_DIR || join(process.cwd(), 'content');
}

export function readContentSource(dir: string): ContentSource {
  const localities = readRows(join(dir, 'points', 'localities.csv'));
  const provinces: Area[] = [];
  const communes = new Map<string, string>();
  const areas = new Map<string, { province: string; names: string[] }>();
  const communeList: { province: string; code: string; name: string }[] = [];
  for (const r of localities) {
    const code = (r.code ?? '').trim();
    const province = (r.province ?? '').trim();
    if (!code || !province) continue;
    const names = [r.name ?? '', ...(r.aliases ?? '').split(';')].map((s) => s.trim()).filter(Boolean);
    areas.set(code, { province, names });
    if (code.length === 2) provinces.push({ province, code, name: (r.name ?? '').trim() });
    else {
      communeList.push({ province, code, name: names[0] ?? code });
      for (const name of names) communes.set(`${province}|${searchKey(name)}`, code);
    }
  }
  return {
    provinces,
    provinceCode: (province) => provinces.find((p) => p.province === province)?.code,
    communeCode: (province, commune) => communes.get(`${province}|${searchKey(commune)}`),
    area: (code) => areas.get(code),
    communes: communeList,
    builtEntries: (province) => [
      // The build also takes a province's name here; the draft keeps its id.
      ...entriesOf(join(dir, 'points', `${province}.points.csv`), 'point').map((e) => ({ ...e, cells: { ...e.cells, province } })),
      ...entriesOf(join(dir, 'points', `${province}.sessions.csv`), 'session'),
    ],
  };
}

function readRows(file: string): Record<string, string>[] {
  if (!existsSync(file)) return [];
  return parseCsv(readFileSync(file, 'utf8')).rows.map((r) =>
    Object.fromEntries(Object.entries(r.cells).map(([k, v]) => [k.trim().toLowerCase(), v])),
  );
}

function entriesOf(file: string, kind: NewEntry['kind']): NewEntry[] {
  return readRows(file).map((cells) => {
    const { id = '', ...rest } = cells;
    return { kind, id: id.trim(), cells: rest };
  });
}
