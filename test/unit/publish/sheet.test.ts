import { describe, expect, it } from 'vitest';
import { decodeSheet, readSheet, sheetColumns, sheetProblemText, writeSheet, type SheetEntry } from '../../../src/core/publish/sheet';
import { encodeWindows1258 } from '../../support/windows-1258';

const point: SheetEntry = {
  kind: 'point',
  id: 'hcm-cho-lon',
  cells: {
    name: 'Công an phường Chợ Lớn',
    kind: 'police',
    services: 'help level2',
    address: 'Số 1, "đường" A; B',
    commune: 'Phường Chợ Lớn',
  },
};
const session: SheetEntry = { kind: 'session', id: 'buoi-1', cells: { place: 'hcm-cho-lon', dates: '2026-12-02', times: '07:30-11:00' } };
const utf8 = (s: string) => new TextEncoder().encode(s);

describe('spreadsheet round trip of points and sessions', () => {
  it('writes UTF-8 with a byte-order mark, with , or ; between cells, and reads the same entries back', () => {
    for (const sep of [',', ';'] as const) {
      const text = writeSheet([session, point], sep);
      expect(text.charCodeAt(0)).toBe(0xfeff);
      expect(text.slice(1).split('\r\n')[0]).toBe(sheetColumns().join(sep));
      const decoded = decodeSheet(utf8(text));
      expect('text' in decoded).toBe(true);
      const back = readSheet((decoded as { text: string }).text);
      expect(back.problems).toEqual([]);
      expect(back.rows.map((r) => r.row)).toEqual([2, 3]);
      expect(back.rows[0]!.entry).toEqual({ kind: 'point', id: 'hcm-cho-lon', cells: expect.objectContaining(point.cells) });
      expect(back.rows[1]!.entry).toEqual({ kind: 'session', id: 'buoi-1', cells: expect.objectContaining(session.cells) });
      expect(Object.keys(back.rows[1]!.entry.cells)).not.toContain('address');
    }
  });

  it('refuses a Windows-1258 file (Excel "CSV (comma delimited)") and names the row, accepts ASCII-only text', () => {
    const text = writeSheet([point, session]).slice(1);
    const legacy = decodeSheet(encodeWindows1258(text));
    expect(legacy).toMatchObject({ error: 'legacy_code_page', row: 2 });
    expect(decodeSheet(Uint8Array.of(0xff, 0xfe, 0x41, 0))).toEqual({ error: 'utf16' });
    expect(decodeSheet(utf8('entry,id\nbuổi,x\n'))).toEqual({ text: 'entry,id\nbuổi,x\n' });
    // Letters already broken by an earlier wrong opening, saved again as UTF-8.
    const broken = new TextDecoder('windows-1252').decode(utf8('Phường Chợ Lớn'));
    expect(decodeSheet(utf8(`entry,id,name\nđiểm,a,${broken}\n`))).toMatchObject({ error: 'broken_letters', row: 2 });
  });

  it('names the row and column of each problem of shape: unknown column, unknown entry, a cell the kind has not, an id twice', () => {
    expect(readSheet('entry,id,colour\nđiểm,a,red\n').problems).toEqual([expect.objectContaining({ row: 1, column: 'colour' })]);
    const { rows, problems } = readSheet('entry,id,name,dates\nđiểm,a,A,\nthứ,b,B,\nbuổi,c,C,2026-12-02\nđiểm,a,A,\n');
    expect(rows.map((r) => r.entry.id)).toEqual(['a']);
    expect(problems.map(sheetProblemText)).toEqual([
      'row 3, entry: found "thứ", expected điểm (a point) or buổi (a session)',
      'row 4, name: found "C", expected nothing (a session has no name)',
      'row 5, id: found "a" again, expected an id not used before (first used on row 2)',
    ]);
  });
});
