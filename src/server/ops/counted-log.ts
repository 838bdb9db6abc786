/**
 * The server's log for things that can happen thousands of times a day (uploads cut off by a
 * flaky mobile network, a full disk): the first occurrence is written at once, as one line; the
 * repeats within the next minute are counted and written as one more line when it is over.
 */
export class CountedLog {
  private readonly repeats = new Map<string, { n: number; line: string }>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly write: (line: string) => void = (line) => console.error(line),
    private readonly everyMs = 60_000,
  ) {}

  /** Logs `line` (one line, no stack), or counts it when a line of this `kind` was logged lately. */
  note(kind: string, line: string): void {
    const seen = this.repeats.get(kind);
    if (seen) {
      seen.n++;
      seen.line = line;
      return;
    }
    this.write(line);
    this.repeats.set(kind, { n: 0, line });
    this.timer ??= setTimeout(() => this.flush(), this.everyMs);
    this.timer.unref?.();
  }

  /** Writes the counts of repeats (also called when the server stops). */
  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const { n, line } of this.repeats.values()) if (n > 0) this.write(`${line} (${n} more since)`);
    this.repeats.clear();
  }
}

/** The one log of the running server. */
export const serverLog = new CountedLog();
