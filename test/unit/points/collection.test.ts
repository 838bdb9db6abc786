import { describe, expect, it } from 'vitest';
import { formatContentError } from '../../../src/build/content/errors';
import { pointsCollection } from '../../../src/build/content/points';
import type { PlaceEntry, ProvinceData, ProvinceInfo } from '../../../src/core/points/types';
import { GOOD_POINT, HOLIDAYS, POINT_HEADER, PROVINCES, contentRoot, moduleData } from './fixtures';

const row = (id: string, edit: (r: string) => string = (r) => r) => edit(GOOD_POINT.replace('cho-lon,', `${id},`));

function compile(files: Record<string, string>) {
  const out = pointsCollection.compile(
    contentRoot({ 'content/points/provinces.csv': PROVINCES, 'content/points/holidays.csv': HOLIDAYS, ...files }),
  );
  return { ...out, messages: out.errors.map(formatContentError) };
}

describe('points collection: bad rows', () => {
  const points = [
    POINT_HEADER,
    GOOD_POINT, // line 2
    GOOD_POINT, // 3: duplicate id
    row('swapped', (r) => r.replace('10.7525,106.6585', '106.6585,10.7525')), // 4
    row('bad-hours', (r) => r.replace('"Mo-Fr 07:30-11:30,13:30-17:00; PH off"', 'T2-T8 07:30-11:30')), // 5
    row('bad-date', (r) => r.replace('2026-11-01', '2026-02-30')), // 6
    row('bad-kind', (r) => r.replace('police,level2 card help', 'office,level2 lvl2')), // 7
    row('mobile-phone', (r) => r.replace('028 3855 0000', '0912 345 678')), // 8
    row('venue', (r) => r.replace('police,', 'mobile,')), // 9
    row('abroad', (r) => r.replace('10.7525,106.6585', '13.7563,100.5018')), // 10: Bangkok
    row('no-hours', (r) => r.replace('"Mo-Fr 07:30-11:30,13:30-17:00; PH off"', '')), // 11
    row('nowhere', (r) => r.replace('ho-chi-minh', 'ha-noi')), // 12
  ].join('\n');
  const sessions = `id,place,dates,times,services,notes,sample,source
s-good,cho-lon,"2026-12-05, 2026-12-12","07:30-11:00, 13:30-16:30",level2,,,test
s-place,nowhere-point,2026-12-05,07:30-11:00,level2,,,test
s-date,cho-lon,2026-13-01,07:30-11:00,level2,,,test
s-times,cho-lon,2026-12-05,17:00-07:00,level2,,,test
cho-lon,cho-lon,2026-12-05,07:30-11:00,help,,,test
`;
  const { messages, modules } = compile({ 'content/points/a.points.csv': points + '\n', 'content/points/a.sessions.csv': sessions });

  it.each([
    [
      'duplicate id',
      'content/points/a.points.csv:3: id: found "cho-lon" again, expected an id not used before (first used at content/points/a.points.csv:2)',
    ],
    [
      'swapped coordinates',
      'content/points/a.points.csv:4: lat,lng: found "106.6585", "10.7525", expected a position in Vietnam in decimal degrees, latitude first (e.g. 10.7546, 106.6632) (these look swapped)',
    ],
    [
      'hours that do not parse',
      'content/points/a.points.csv:5: hours: found "T8", expected a day: Mo Tu We Th Fr Sa Su, or T2 T3 T4 T5 T6 T7 CN, or PH/NL (public holidays) (see content/points/README.md, "Opening hours")',
    ],
    [
      'an impossible date',
      'content/points/a.points.csv:6: verified: found "2026-02-30", expected a real date written YYYY-MM-DD, or nothing',
    ],
    ['an unknown kind', 'content/points/a.points.csv:7: kind: found "office", expected one of police, pc06, guidance, mobile'],
    [
      'an unknown service',
      'content/points/a.points.csv:7: services: found "lvl2", expected one or more of level2, card, help (a service no source confirms ends with ?, e.g. card?)',
    ],
    [
      'a personal mobile number',
      'content/points/a.points.csv:8: phone: found "0912 345 678", expected an office line or hotline: a mobile number is someone\'s personal phone and is never published',
    ],
    [
      'hours on a mobile venue',
      'content/points/a.points.csv:9: hours: found "Mo-Fr 07:30-11:30,13:30-17:00; PH off", expected no hours for a mobile venue: its dates and times go in a .sessions.csv file',
    ],
    [
      'a position abroad',
      'content/points/a.points.csv:10: lat,lng: found "13.7563", "100.5018", expected a position in Vietnam in decimal degrees, latitude first (e.g. 10.7546, 106.6632)',
    ],
    [
      'missing hours',
      'content/points/a.points.csv:11: hours: found an empty value, expected opening hours like "Mo-Fr 07:30-11:30,13:30-17:00; PH off" (see content/points/README.md, "Opening hours")',
    ],
    [
      'an unknown province',
      'content/points/a.points.csv:12: province: found "ha-noi", expected a province id or name from content/points/provinces.csv (e.g. ho-chi-minh)',
    ],
    [
      'a session at an unknown place',
      'content/points/a.sessions.csv:3: place: found "nowhere-point", expected the id of a point in a .points.csv file (the venue)',
    ],
    [
      'an impossible session date',
      'content/points/a.sessions.csv:4: dates: found "2026-13-01", expected a real date written YYYY-MM-DD; several dates or ranges (2026-12-05..2026-12-07) are separated by commas',
    ],
    [
      'session times that end before they start',
      'content/points/a.sessions.csv:5: times: found "17:00-07:00", expected a time range that ends after it starts (overnight hours are not supported); several ranges are separated by commas',
    ],
    [
      'a session id already used by a point',
      'content/points/a.sessions.csv:6: id: found "cho-lon" again, expected an id not used before (first used at content/points/a.points.csv:2)',
    ],
  ])('reports %s with file:line', (_what, message) => {
    expect(messages).toContain(message);
  });

  it('reports every problem at once and nothing else, and emits no module', () => {
    expect(messages).toHaveLength(15);
    expect(modules).toEqual({});
  });
});

describe('points collection: files and columns', () => {
  it('rejects an unknown column, a missing one, a stray file name and a broken quote', () => {
    const { messages } = compile({
      'content/points/b.points.csv': 'id,name,kind,services,address,commune,province,lattitude,lng,source\n',
      'content/points/c.points.csv': `${POINT_HEADER}\n"cho-lon,Công an\n`,
      'content/points/notes.csv': 'x\n',
    });
    expect(messages).toEqual(
      expect.arrayContaining([
        'content/points/b.points.csv:1: column: found "lattitude", expected one of id, name, kind, services, address, commune, province, lat, lng, source, phone, hours, notes, notes_en, aliases, verified, confirmed_by, sample, closed',
        'content/points/b.points.csv:1: column: found no column "lat", expected the columns id, name, kind, services, address, commune, province, lat, lng, source',
        'content/points/notes.csv:1: file name: found "notes.csv", expected <name>.points.csv or <name>.sessions.csv',
        'content/points/c.points.csv:2: CSV: found a quote (") that opens a cell and is never closed, expected each quoted cell closed on its own row (write "" for a quote inside a quoted cell)',
      ]),
    );
  });

  it('checks lunar holidays against the computed calendar, and that every legal holiday is listed', () => {
    const file = `date,name,lunar,status,source
2027-01-01,Tết Dương lịch,,official,law
2027-02-05..2027-02-09,Tết,1/1,provisional,law
2027-04-17,Giỗ Tổ Hùng Vương,10/3,official,law
2027-04-30,Ngày Chiến thắng,,official,law
2027-05-01,Ngày Quốc tế lao động,,official,law
2027-09-02,Quốc khánh,,official,law
2027-09-03,Liền kề Quốc khánh,,someday,law
`;
    expect(compile({ 'content/points/holidays.csv': file }).messages).toEqual([
      'content/points/holidays.csv:4: date: found "2027-04-17", expected a day that includes 10/3 âm lịch, which is 2027-04-16 (a make-up day goes in its own row)',
      'content/points/holidays.csv:8: status: found "someday", expected one of official, provisional, maybe',
      'content/points/holidays.csv:8: date: found no row for Giỗ Tổ Hùng Vương 2027 (2027-04-16), expected a row for every public holiday of each year listed (Labour Code 2019 art. 112), status provisional until announced',
      'content/points/holidays.csv:8: date: found no make-up day for Ngày Quốc tế lao động 2027, which falls on a weekend, expected a row for 2027-05-03 (Labour Code 2019 art. 111: the next working day)',
    ]);
  });

  it('reads services no source confirms (card?) and refuses a "?" on sessions', async () => {
    const row = GOOD_POINT.replace('level2 card help', 'help level2? card?');
    const out = compile({ 'content/points/a.points.csv': `${POINT_HEADER}\n${row}\n` });
    expect(out.messages).toEqual([]);
    const data = await moduleData<ProvinceData>(out.modules['points/province/ho-chi-minh'], 'data');
    expect(data.points[0]).toMatchObject({ services: ['help', 'level2', 'card'], unconfirmedServices: ['level2', 'card'] });
    const bad = compile({ 'content/points/a.points.csv': `${POINT_HEADER}\n${GOOD_POINT.replace('level2 card help', 'level2 card??')}\n` });
    expect(bad.messages[0]).toContain('services: found "card??"');
  });

  it('rejects an impossible holiday and a missing province list', () => {
    const bad = compile({ 'content/points/holidays.csv': `${HOLIDAYS}2026-02-30,Bad,test\n` });
    expect(bad.messages).toContain(
      'content/points/holidays.csv:4: date: found "2026-02-30", expected a real date YYYY-MM-DD, or a range of at most a month like 2027-02-05..2027-02-09',
    );
    const none = pointsCollection.compile(contentRoot({ 'content/x.txt': '' }));
    expect(none.errors.map(formatContentError)).toEqual([
      'content/points/provinces.csv:1: file: found no file, expected the list of provinces (id,name,aliases,lat,lng,source)',
    ]);
  });

  it('accepts semicolons, decimal commas, a province written by name and Vietnamese hours', async () => {
    const { messages, modules } = compile({
      'content/points/v.points.csv':
        'id;name;kind;services;address;commune;province;lat;lng;hours;source\n' +
        'q12;Công an phường Thới An;police;level2;Số 2;Phường Thới An;TP. Hồ Chí Minh;10,877;106,66;"T2-T6 7h30-11h30,13h30-17h; NL nghỉ";test\n',
    });
    expect(messages).toEqual([]);
    const data = await moduleData<ProvinceData>(modules['points/province/ho-chi-minh'], 'data');
    expect(data.points[0]).toMatchObject({ id: 'q12', province: 'ho-chi-minh', lat: 10.877, lng: 106.66, sample: false, aliases: [] });
  });
});

describe('points collection: what it builds', () => {
  const { messages, modules } = compile({
    'content/points/a.points.csv': `${POINT_HEADER}\n${GOOD_POINT}\n${row('venue', (r) => r.replace('police,', 'mobile,').replace('"Mo-Fr 07:30-11:30,13:30-17:00; PH off"', '').replace('2026-11-01,,', ',yes,'))}\n`,
    'content/points/a.sessions.csv':
      'id,place,dates,times,services,source\ns1,venue,"2026-12-07..2026-12-09, 2026-12-01",07:30-11:00,level2,test\n',
  });

  it('splits data by province with lazy loaders in a small index', async () => {
    expect(messages).toEqual([]);
    expect(Object.keys(modules).sort()).toEqual([
      'points/ids',
      'points/index',
      'points/localities',
      'points/places',
      'points/province/ho-chi-minh',
    ]);
    expect(await moduleData(modules['points/ids'], 'pointIds')).toEqual({ 'ho-chi-minh': ['cho-lon', 'venue'] });
    const index = modules['points/index'] ?? '';
    expect(index).toContain('"ho-chi-minh": () => import("virtual:content/points/province/ho-chi-minh")');
    expect(index).not.toContain('"khanh-hoa": () =>'); // no data, no loader
    const provinces = await moduleData<ProvinceInfo[]>(index, 'provinces');
    expect(provinces.map((p) => [p.id, p.points, p.sessions])).toEqual([
      ['ho-chi-minh', 2, 1],
      ['khanh-hoa', 0, 0],
    ]);
    expect(provinces[0]?.bounds).toEqual([10.7525, 106.6585, 10.7525, 106.6585]);
    expect(await moduleData<string[]>(index, 'holidays')).toEqual([
      '2026-09-02',
      '2027-02-05',
      '2027-02-06',
      '2027-02-07',
      '2027-02-08',
      '2027-02-09',
    ]);
  });

  it('expands session dates and carries the sample mark from the venue', async () => {
    const data = await moduleData<ProvinceData>(modules['points/province/ho-chi-minh'], 'data');
    expect(data.sessions).toEqual([
      {
        id: 's1',
        place: 'venue',
        dates: ['2026-12-01', '2026-12-07', '2026-12-08', '2026-12-09'],
        times: [[450, 660]],
        services: ['level2'],
        source: 'test',
        sample: true,
      },
    ]);
  });

  it('lists communes, old names and provinces as places to search, placed at their points', async () => {
    const places = await moduleData<PlaceEntry[]>(modules['points/places'], 'places');
    expect(places).toEqual(
      expect.arrayContaining([
        { name: 'Phường Chợ Lớn', type: 'commune', province: 'ho-chi-minh', lat: 10.7525, lng: 106.6585 },
        { name: 'Phường 12, Quận 5', type: 'former', province: 'ho-chi-minh', lat: 10.7525, lng: 106.6585 },
        { name: 'Khánh Hòa', type: 'province', province: 'khanh-hoa', lat: 12.2388, lng: 109.1967 },
        { name: 'Ninh Thuận', type: 'former', province: 'khanh-hoa', lat: 12.2388, lng: 109.1967 },
      ]),
    );
  });
});
