import type { SqliteDb } from './sqlite-db';

/** Errors that mean the disk, not the batch: no space, or the disk failing or gone read-only. */
export function isDiskProblem(e: unknown): boolean {
  const code = String((e as { code?: unknown } | null)?.code ?? '');
  return code === 'SQLITE_FULL' || code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_READONLY');
}

/**
 * Getting out of a full disk with SQLite's write-ahead log (WAL). Committed batches wait in the
 * WAL until a checkpoint copies them into the database file; an ordinary checkpoint then reuses
 * the WAL file but keeps its size. After a full disk that is what eats the space given back: the
 * database grows to take the WAL's pages while the WAL keeps its megabytes, so the first few
 * batches fill the disk again (a trial on a full 8 MB tmpfs with a 3.7 MB WAL: 3 MB freed let 4
 * batches of 40 KB through). So after a disk problem, before the next write (at most once a
 * second), try a TRUNCATE checkpoint: it succeeds once the database can grow by the WAL's pages,
 * and then gives the whole WAL file back to the disk (same trial: 32 batches through).
 */
export class WalRecovery {
  private failing = false;
  private lastTry = 0;

  constructor(
    private readonly db: SqliteDb,
    private readonly now: () => number = Date.now,
    private readonly everyMs = 1000,
  ) {}

  /** After a write failed: remembers a disk problem. */
  noteFailure(e: unknown): void {
    if (isDiskProblem(e)) this.failing = true;
  }

  /** Before a write: after a disk problem, try to move the WAL into the database and empty it. */
  beforeWrite(): void {
    if (!this.failing || this.now() - this.lastTry < this.everyMs) return;
    this.lastTry = this.now();
    try {
      const [result] = this.db.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[];
      if (result?.busy === 0) this.failing = false;
    } catch {
      // Still no room for the WAL's pages: the write that follows fails and says why.
    }
  }
}
