import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/content/csv';
import { parseYaml } from '../../../src/build/content/yaml';

describe('parseCsv', () => {
  it('keeps the line each row starts on, through quoted newlines, CRLF and a BOM', () => {
    const t = parseCsv('\uFEFFid,name,notes\r\na,"Công an, phường 1","line one\nline two"\r\n\r\nb,Điểm B,""\n');
    expect(t.header).toEqual(['id', 'name', 'notes']);
    expect(t.rows.map((r) => [r.line, r.cells.id, r.cells.name])).toEqual([
      [2, 'a', 'Công an, phường 1'],
      [5, 'b', 'Điểm B'],
    ]);
    expect(t.rows[0]?.cells.notes).toBe('line one\nline two');
    expect(t.problems).toEqual([]);
  });

  it('reads semicolon-separated files from spreadsheets in Vietnamese locales', () => {
    expect(parseCsv('id;lat\nx;10,5\n').rows[0]?.cells).toEqual({ id: 'x', lat: '10,5' });
  });

  it('reports rows with the wrong number of cells, once ("found 1 cell", never "found found")', () => {
    const t = parseCsv('id,name\na\nb,c\n');
    expect(t.problems).toEqual([
      { line: 2, found: '1 cell', expected: '2, one per column of the header (a , or ; inside a text needs quotes around the text)' },
    ]);
  });

  it('names the row of a quote never closed, and still reads the rows after it', () => {
    const t = parseCsv('id,name,notes\na,x,ok\nb,"open,y\nc,z,fine\nd,w,done\n');
    expect(t.problems).toEqual([
      {
        line: 3,
        found: 'a quote (") that opens a cell and is never closed',
        expected: 'each quoted cell closed on its own row (write "" for a quote inside a quoted cell)',
      },
    ]);
    expect(t.rows.map((r) => [r.line, r.cells.id])).toEqual([
      [2, 'a'],
      [4, 'c'],
      [5, 'd'],
    ]);
  });

  it("names the row of a stray quote that a later row's quote would close", () => {
    // Without the check, row 3's quote pairs with row 5's and every row between is swallowed.
    const t = parseCsv('id,name,notes\na,x,ok\nb,"Công an,y\nc,z,fine\nd,w,"quoted, fine"\n');
    expect(t.problems.map((p) => [p.line, p.found])).toEqual([[3, 'a quote (") that opens a cell and is only closed on line 5']]);
    expect(t.rows.map((r) => r.cells.id)).toEqual(['a', 'c', 'd']);
    expect(t.problems.filter((p) => p.found.includes('cell') && p.line !== 3)).toEqual([]);
  });

  it('unescapes doubled quotes', () => {
    expect(parseCsv('a\n"say ""hi"""\n').rows[0]?.cells.a).toBe('say "hi"');
  });
});

describe('parseYaml', () => {
  it('finds the line of a nested value', () => {
    const y = parseYaml('steps:\n  - id: a\n    title: A\n  - id: b\n    title: B\n');
    expect(y.lineOf(['steps', 1, 'title'])).toBe(5);
    expect(y.lineOf(['steps', 0])).toBe(2);
    expect(y.lineOf(['steps', 9, 'x'])).toBe(1);
  });

  it('reports an unclosed quote on the line it opens, not at the end of the file', () => {
    const y = parseYaml("id: x\ntitle:\n  vi: \"Công an\n  en: Police\nsteps:\n  - id: a\n    text: 'it''s fine'\n");
    expect(y.problems).toEqual([{ line: 3, message: 'a quote (") opened on this line and never closed' }]);
    const single = parseYaml("a: 'ok'\n# it's a comment\nb: 'say \"x\"'\nc: 'open\nd: 1\n");
    expect(single.problems[0]).toEqual({ line: 4, message: "a quote (') opened on this line and never closed" });
  });

  it('reports duplicate keys instead of silently keeping one', () => {
    const y = parseYaml('a: 1\na: 2\n');
    expect(y.problems.length).toBeGreaterThan(0);
    expect(y.problems[0]?.line).toBe(2);
  });
});
