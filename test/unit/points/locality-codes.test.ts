import { describe, expect, it } from 'vitest';
import { readLocalities } from '../../../src/build/content/localities';
import type { ContentError } from '../../../src/build/content/errors';
import { readProvinces } from '../../../src/build/content/points-reference';

/**
 * The public codes counts carry, checked by hand on 1/12/2026 against the list of the statistics
 * office (Cục Thống kê: 34 provinces, 3,321 communes from 1/7/2025, Quyết định 19/2025/QĐ-TTg) and
 * its old-to-new commune table. A code changed in localities.csv must be checked again there.
 */
const PROVINCE_CODES: Record<string, string> = {
  '01': 'Hà Nội',
  '04': 'Cao Bằng',
  '08': 'Tuyên Quang',
  '11': 'Điện Biên',
  '12': 'Lai Châu',
  '14': 'Sơn La',
  '15': 'Lào Cai',
  '19': 'Thái Nguyên',
  '20': 'Lạng Sơn',
  '22': 'Quảng Ninh',
  '24': 'Bắc Ninh',
  '25': 'Phú Thọ',
  '31': 'Hải Phòng',
  '33': 'Hưng Yên',
  '37': 'Ninh Bình',
  '38': 'Thanh Hóa',
  '40': 'Nghệ An',
  '42': 'Hà Tĩnh',
  '44': 'Quảng Trị',
  '46': 'Huế',
  '48': 'Đà Nẵng',
  '51': 'Quảng Ngãi',
  '52': 'Gia Lai',
  '56': 'Khánh Hòa',
  '66': 'Đắk Lắk',
  '68': 'Lâm Đồng',
  '75': 'Đồng Nai',
  '79': 'TP. Hồ Chí Minh',
  '80': 'Tây Ninh',
  '82': 'Đồng Tháp',
  '86': 'Vĩnh Long',
  '91': 'An Giang',
  '92': 'Cần Thơ',
  '96': 'Cà Mau',
};
const COMMUNE_CODES: Record<string, string> = {
  '79-27301': 'Phường Chợ Quán',
  '79-27316': 'Phường An Đông',
  '79-27343': 'Phường Chợ Lớn',
  '56-22759': 'Phường Phan Rang',
  '56-22738': 'Phường Đô Vinh',
  '38-14797': 'Phường Hạc Thành',
  '38-14812': 'Phường Bỉm Sơn',
  '38-14818': 'Phường Quang Trung',
};

describe('content/points/localities.csv', () => {
  const errors: ContentError[] = [];
  const list = readLocalities(process.cwd(), readProvinces(process.cwd(), errors), errors);

  it('has the 34 province codes of the official list, each with its name', () => {
    expect(errors).toEqual([]);
    const provinces = Object.fromEntries(list.filter((l) => l.code.length === 2).map((l) => [l.code, l.name]));
    expect(provinces).toEqual(PROVINCE_CODES);
  });

  it('has only commune codes checked against the official list', () => {
    const communes = Object.fromEntries(list.filter((l) => l.code.length > 2).map((l) => [l.code, l.name]));
    expect(communes).toEqual(COMMUNE_CODES);
  });
});
