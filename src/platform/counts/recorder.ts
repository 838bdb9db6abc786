import { addCounts, type CountsDb } from './counts-db';
import { validDimensions, type Dimensions } from './record';
import { COUNTS_LEFT_ROWS_KEY } from './switch-key';

/**
 * Hands counts to IndexedDB, several at a time. Rows wait in memory until a transaction takes
 * them (opening the database takes a moment); if the page is left before that, they go to
 * localStorage and the next visit records them. A row is thus in exactly one place.
 */
export class Recorder {
  private buffer: Dimensions[] = [];
  private writing: Promise<void> = Promise.resolve();

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
        if (rows.length > 0) await addCounts(d, rows);
      })
      .catch(() => undefined); // storage refused (private mode, quota): the counts are lost, the app goes on
  }

  private keep(): void {
    if (this.buffer.length === 0) return;
    try {
      const kept = JSON.parse(localStorage.getItem(COUNTS_LEFT_ROWS_KEY) || '[]') as unknown[];
      localStorage.setItem(COUNTS_LEFT_ROWS_KEY, JSON.stringify(kept.concat(this.buffer.splice(0)).slice(-2000)));
    } catch {
      // No storage: nothing can be kept.
    }
  }
}

/** Rows a previous page kept when it was left; removed from localStorage as they are read. */
export function takeLeftRows(): Dimensions[] {
  try {
    const raw = localStorage.getItem(COUNTS_LEFT_ROWS_KEY);
    localStorage.removeItem(COUNTS_LEFT_ROWS_KEY);
    const list: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(list) ? list.map(validDimensions).filter((d): d is Dimensions => d !== null) : [];
  } catch {
    return [];
  }
}
