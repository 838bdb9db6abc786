import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/build/content/csv';
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

  it('reports rows with the wrong number of cells and unclosed quotes', () => {
    const t = parseCsv('id,name\na\nb,"open\n');
    expect(t.problems).toEqual([
      { line: 3, message: 'a quoted cell is never closed (missing ")' },
      { line: 2, message: 'found 1 cells, expected 2 (one per column of the header)' },
    ]);
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

  it('reports duplicate keys instead of silently keeping one', () => {
    const y = parseYaml('a: 1\na: 2\n');
    expect(y.problems.length).toBeGreaterThan(0);
    expect(y.problems[0]?.line).toBe(2);
  });
});
