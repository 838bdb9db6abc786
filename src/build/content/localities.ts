import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { isLocalityCode } from '../../core/counts/dimensions';
import type { Locality } from '../../core/counts/localities';
import { describeFound, type ContentError } from './errors';
import type { ProvinceRef } from './points-reference';
import { readTable, splitList } from './points-table';

export const LOCALITIES_FILE = 'content/points/localities.csv';

/**
 * content/points/localities.csv: the administrative list with the public codes the anonymous
 * counts carry (mã địa bàn). A province row has its 2-digit code; a commune row the province's
 * code, '-' and its 5-digit code. Old names (before 1/7/2025) go in `aliases`, so the poster
 * maker and the volunteer setup find "Xã Quang Trung, thị xã Bỉm Sơn" too. No file: no list
 * (places are then typed as codes).
 */
export function readLocalities(root: string, provinces: readonly ProvinceRef[], errors: ContentError[]): Locality[] {
  const file = LOCALITIES_FILE;
  if (!existsSync(join(root, file))) return [];
  const rows = readTable(root, file, { required: ['code', 'name', 'province', 'source'], optional: ['aliases', 'sample'] }, errors);
  const provinceIds = new Set(provinces.map((p) => p.id));
  const out: Locality[] = [];
  const seen = new Map<string, number>();
  const provinceCode = new Map<string, string>();
  const pending: { line: number; l: Locality }[] = [];
  for (const { line, cells } of rows ?? []) {
    const err = (field: string, found: string, expected: string) => errors.push({ file, line, field, found, expected });
    const code = (cells.code ?? '').trim();
    const province = (cells.province ?? '').trim();
    if (!isLocalityCode(code)) {
      err(
        'code',
        describeFound(cells.code),
        'a province code of 2 digits ("38") or province-commune "38-14818" (keep the leading 0: write it as text)',
      );
      continue;
    }
    if (seen.has(code)) err('code', `"${code}" again`, `a code not used before (first on line ${seen.get(code)})`);
    seen.set(code, line);
    if (!provinceIds.has(province)) err('province', describeFound(cells.province), 'a province id from provinces.csv (e.g. thanh-hoa)');
    if (!cells.name) err('name', 'an empty value', 'the name after 1/7/2025, e.g. Phường Quang Trung');
    if (!cells.source) err('source', 'an empty value', 'where the code comes from (the decision listing the units)');
    const l: Locality = { code, name: cells.name ?? '', province, aliases: splitList(cells.aliases, /\s*;\s*/) };
    if (code.length === 2) {
      if (provinceCode.has(province)) err('province', `"${province}" again`, 'one province row per province');
      provinceCode.set(province, code);
    } else pending.push({ line, l });
    out.push(l);
  }
  // A commune's code starts with its province's code: counts are summed by province from it.
  for (const { line, l } of pending) {
    const expected = provinceCode.get(l.province);
    if (expected === undefined)
      errors.push({
        file,
        line,
        field: 'province',
        found: describeFound(l.province),
        expected: 'a province that has its own row (code of 2 digits) in this file',
      });
    else if (!l.code.startsWith(`${expected}-`))
      errors.push({
        file,
        line,
        field: 'code',
        found: describeFound(l.code),
        expected: `a code starting with ${expected}- (the code of ${l.province})`,
      });
  }
  return out;
}
