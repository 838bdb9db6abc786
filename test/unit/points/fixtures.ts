import { tempRoot } from '../support/temp-dir';

/** A throwaway project root holding the given content files. */
export const contentRoot = (files: Record<string, string>): string => tempRoot(files, 'points-');

export const PROVINCES = `id,name,aliases,lat,lng,source
ho-chi-minh,TP. Hồ Chí Minh,Sài Gòn,10.7769,106.7009,test
khanh-hoa,Khánh Hòa,Ninh Thuận,12.2388,109.1967,test
`;

export const HOLIDAYS = `date,name,source
2026-09-02,Quốc khánh,test
2027-02-05..2027-02-09,Tết,test
`;

export const POINT_HEADER =
  'id,name,kind,services,address,commune,province,lat,lng,phone,hours,notes,notes_en,aliases,verified,sample,source';
export const GOOD_POINT =
  'cho-lon,Công an phường Chợ Lớn,police,level2 card help,Số 1 đường A,Phường Chợ Lớn,ho-chi-minh,10.7525,106.6585,028 3855 0000,"Mo-Fr 07:30-11:30,13:30-17:00; PH off",,,"Quận 5; Phường 12, Quận 5",2026-11-01,,test';

export { compiledExport as moduleData } from '../support/compiled-module';
