import { afterAll, describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/core/counts/report-table';
import { toPostgres } from '../../../src/server/storage/count-sql';
import { csvCellSql } from '../../../src/server/storage/place-day-csv-sql';
import { openSqlite } from '../../../src/server/storage/sqlite-db';
import { migratedPool } from '../support/postgres';

/**
 * The daily-report CSV's cells written by the database (decision 0041) follow csvCell, the one rule
 * for every CSV the organizers download, on both databases: every first character, and the
 * characters that make a cell quoted, alone and together.
 */
const VALUES = [
  ...Array.from({ length: 127 }, (_, i) => String.fromCharCode(i + 1)),
  ...Array.from({ length: 127 }, (_, i) => `${String.fromCharCode(i + 1)}x`),
  ...['', 'poster-a', '-to-1', '=HYPERLINK("x")', '+1', '@SUM(A1)', '\t=1', '\r\n', 'a,b', 'say "hi"', '"', '""', ',', "it's"],
  ...['line\nbreak', 'end\r', '=a,"b"', '-"', '(chưa rõ)', 'Điện thoại', 'Tình nguyện viên', '?', 'a?b', '🙂,'],
];
const SQL = `SELECT ${csvCellSql('v')} AS cell FROM (SELECT CAST(? AS text) AS v) AS t`;

const closers: (() => Promise<unknown> | unknown)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

const DATABASES: { name: string; cellsOf(values: string[]): Promise<string[]> }[] = [
  {
    name: 'SQLite',
    async cellsOf(values) {
      const db = openSqlite(':memory:');
      closers.push(() => db.close());
      const st = db.prepare(SQL).pluck();
      return values.map((v) => st.get(v) as string);
    },
  },
  {
    name: 'PostgreSQL',
    async cellsOf(values) {
      const { pool } = await migratedPool();
      closers.push(() => pool.end());
      const out: string[] = [];
      for (const v of values) out.push((await pool.query<{ cell: string }>(toPostgres(SQL), [v])).rows[0]!.cell);
      return out;
    },
  },
];

describe.each(DATABASES)('the CSV cell rule in SQL on $name', (database) => {
  it('writes every text cell as csvCell does', async () => {
    const cells = await database.cellsOf(VALUES);
    VALUES.forEach((v, i) => expect(cells[i], JSON.stringify(v)).toBe(csvCell(v)));
    expect(cells).toContain("'-to-1");
    expect(cells).toContain('"say ""hi"""');
  });
});
