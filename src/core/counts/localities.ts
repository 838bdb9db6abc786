import { isLocalityCode } from './dimensions';

/**
 * Localities (địa bàn) by name: the administrative list in content/points/localities.csv, with
 * the public codes counts carry (a province "38", a commune "38-16012") and old names people and
 * posters still use (districts, wards, provinces before 1/7/2025) as aliases.
 */
export interface Locality {
  code: string;
  name: string;
  /** The province's id in content/points/provinces.csv ("thanh-hoa"). */
  province: string;
  aliases: string[];
}

/** Provinces (2-digit codes) of a list. */
export function provincesOf(list: readonly Locality[]): Locality[] {
  return list.filter((l) => l.code.length === 2);
}

/** The communes of one province (by its code), by name. */
export function communesOf(list: readonly Locality[], provinceCode: string): Locality[] {
  const collator = new Intl.Collator('vi');
  return list.filter((l) => l.code.length > 2 && l.code.startsWith(`${provinceCode}-`)).sort((a, b) => collator.compare(a.name, b.name));
}

/** The locality code a link carries (`?dp=`): a place, never a person; same strictness as a source tag. */
export const LOCALITY_PARAM = 'dp';

export function normalizeLocalityParam(raw: unknown): string | null {
  return typeof raw === 'string' && isLocalityCode(raw) ? raw : null;
}
