import { addCounts, recoverInflight, type CountsDb, type InflightWrite } from './counts-db';
import { validDimensions, type Dimensions } from './record';
import { COUNTS_LEFT_INFLIGHT_KEY, COUNTS_LEFT_ROWS_KEY } from './switch-key';

/**
 * Hands counts to IndexedDB, several at a time. Rows wait in memory until a transaction takes
 * them (opening the database takes a moment). If the page is left before that, they go to
 * localStorage and the next visit records them. If it is left while a transaction is writing them
 * (a tap that counts, then a link away: the unload can abort it), they go to localStorage with
 * the write's number, and the next visit adds them only if that write never committed
 * (counts-db.ts recoverInflight). A row is thus counted exactly once.
 */
export class Recorder {
  private buffer: Dimensions[] = [];
  private writing: Promise<void> = Promise.resolve();
  private inflight: InflightWrite | null = null;
  private recovering: InflightWrite[] = [];
  private seq = 0;
  /** This page load, for its write marks. */
  private readonly page = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;

  constructor(private readonly db: () => Promise<CountsDb>) {
    addEventListener('pagehide', () => this.keep());
  }

  add(row: Dimensions): void {
    this.buffer.push(row);
    if (this.buffer.length === 1) this.write();
  }

  /** Resolves once every row added so far is in IndexedDB (or was dropped by a storage error). */
  settled(): Promise<void> {
    return this.writing;
  }

  /** Adds what a previous page had in flight when it was left (see recoverLeftWrites); settled() waits for it. */
  recoverLeftWrites(): void {
    this.writing = this.writing
      .then(() => this.db())
      .then(async (d) => {
        const writes = takeLeftWrites();
        if (writes.length === 0) return;
        // Kept again if this page is left before the recovery commits (recoverInflight's marks
        // tell the next visit whether it did).
        this.recovering = writes;
        try {
          await recoverInflight(d, writes, Date.now());
        } finally {
          this.recovering = [];
        }
      })
      .then(
        () => undefined,
        () => undefined,
      );
  }

  forget(): void {
    this.buffer = [];
  }

  private write(): void {
    this.writing = this.writing
      .then(() => this.db())
      .then(async (d) => {
        // Taken only now: the transaction starts in the same step, so no row can be in limbo.
        const rows = this.buffer;
        this.buffer = [];
        if (rows.length === 0) return;
        const seq = ++this.seq;
        this.inflight = { page: this.page, seq, rows };
        try {
          await addCounts(d, rows, { page: this.page, seq, at: Date.now() });
        } finally {
          this.inflight = null;
        }
      })
      .catch(() => undefined); // storage refused (private mode, quota): the counts are lost, the app goes on
  }

  private keep(): void {
    try {
      if (this.buffer.length > 0) keepList(COUNTS_LEFT_ROWS_KEY, this.buffer.splice(0), 2000);
      // Kept, not cleared: if the page comes back from the back-forward cache and the write commits,
      // its mark says so and the next visit skips these rows.
      const writes = this.inflight ? [...this.recovering, this.inflight] : this.recovering;
      if (writes.length > 0) keepList(COUNTS_LEFT_INFLIGHT_KEY, writes, 50);
    } catch {
      // No storage: nothing can be kept.
    }
  }
}

function keepList(key: string, items: unknown[], max: number): void {
  const kept = JSON.parse(localStorage.getItem(key) || '[]') as unknown[];
  localStorage.setItem(key, JSON.stringify(kept.concat(items).slice(-max)));
}

/** Rows a previous page kept when it was left; removed from localStorage as they are read. */
export function takeLeftRows(): Dimensions[] {
  return take(COUNTS_LEFT_ROWS_KEY)
    .map(validDimensions)
    .filter((d): d is Dimensions => d !== null);
}

/**
 * Writes a previous page had in flight when it was left, each added to the device's counts unless
 * it committed after all (see Recorder.recoverLeftWrites).
 */
export async function recoverLeftWrites(db: CountsDb, now = Date.now()): Promise<number> {
  return recoverInflight(db, takeLeftWrites(), now);
}

/** The kept writes, removed from localStorage; entries anyone could have edited are checked field by field. */
function takeLeftWrites(): InflightWrite[] {
  return take(COUNTS_LEFT_INFLIGHT_KEY).flatMap((x): InflightWrite[] => {
    const w = x as Partial<InflightWrite> | null;
    if (typeof w?.page !== 'string' || !Number.isInteger(w.seq) || !Array.isArray(w.rows)) return [];
    const rows = w.rows.map(validDimensions).filter((d): d is Dimensions => d !== null);
    return [{ page: w.page, seq: w.seq as number, rows }];
  });
}

function take(key: string): unknown[] {
  try {
    const raw = localStorage.getItem(key);
    localStorage.removeItem(key);
    const list: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(list) ? list : [];
  } catch {
    return [];
  }
}
