import type { Statement } from 'better-sqlite3';
import type { SqliteDb } from './sqlite-db';

/** Rows per statement: a batch's 50 counters are 3 × 16 + 2 × 1 statements, not 50. */
const CHUNKS = [64, 16, 4, 1] as const;

/**
 * One upsert of SQLITE_INGEST (count-sql.ts, `INSERT ... VALUES (?, ...) ON CONFLICT ...`) run for
 * many rows at once: the same text with its VALUES tuple repeated, so a batch's rows go in a few
 * statements. Each statement's call from JavaScript (binding, stepping, resetting) cost about as
 * much as the row's own B-tree work. SQLite applies the rows in order, as separate statements would.
 */
export class RowUpsert {
  private readonly bySize = new Map<number, Statement<unknown[]>>();
  private readonly head: string;
  private readonly tuple: string;
  private readonly tail: string;

  constructor(
    private readonly db: SqliteDb,
    sql: string,
    private readonly width: number,
  ) {
    const m = /^([\s\S]*?\bVALUES\s*)(\([?,\s]*\))([\s\S]*)$/.exec(sql);
    const marks = m?.[2]?.split('?').length ?? 0;
    if (!m || marks - 1 !== width) throw new Error(`Not a one-row upsert of ${width} values: ${sql}`);
    [, this.head, this.tuple, this.tail] = m as unknown as [string, string, string, string];
  }

  /** `values`: whole rows of `width` values each, flat. */
  run(values: readonly (string | number)[]): void {
    const rows = values.length / this.width;
    let at = 0;
    let left = rows;
    for (const size of CHUNKS)
      for (; left >= size; left -= size) {
        const end = at + size * this.width;
        this.statement(size).run(at === 0 && end === values.length ? values : values.slice(at, end));
        at = end;
      }
  }

  private statement(size: number): Statement<unknown[]> {
    let s = this.bySize.get(size);
    if (!s) {
      s = this.db.prepare<unknown[]>(`${this.head}${Array.from({ length: size }, () => this.tuple).join(', ')}${this.tail}`);
      this.bySize.set(size, s);
    }
    return s;
  }
}
