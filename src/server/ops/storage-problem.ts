import type { CountedLog } from './counted-log';

const codeOf = (e: unknown): string => String((e as { code?: unknown } | null)?.code ?? '');

/** SQLite's and PostgreSQL's (53100) "no space left". */
export const isDiskFull = (e: unknown): boolean => ['SQLITE_FULL', '53100'].includes(codeOf(e));

/** What a failed write to the database means, in one line: the database's code and words, then what to do. */
export function storageProblem(e: unknown): string {
  const code = codeOf(e);
  const words = e instanceof Error ? e.message : String(e);
  const what = code ? `${code}: ${words}` : words;
  return isDiskFull(e)
    ? `${what}; the disk is full: free space on it (GET /healthz shows the free space)`
    : `${what}; GET /healthz shows whether the database takes writes`;
}

/**
 * Logs a failed write to the database at most once a minute per kind of error (a full disk fails
 * every request until space returns; the repeats are counted, not written one by one).
 */
export function noteStorageFailure(log: CountedLog, e: unknown, what: string): void {
  log.note(`storage:${codeOf(e) || 'error'}`, `${what} could not be written to the database (${storageProblem(e)}).`);
}
