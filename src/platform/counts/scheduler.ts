import { backoffMs, flushOnce, type DeliveryDeps, type FlushOutcome } from './delivery';

export type FlushReason = 'start' | 'online' | 'visible' | 'hidden' | 'interval' | 'retry' | 'manual';

export interface SchedulerOptions {
  random?: () => number;
  setTimer?: (fn: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
  /** Extra guard, e.g. a Web Lock so two tabs do not upload at once (a double send is harmless anyway). */
  exclusive?: <T>(fn: () => Promise<T>) => Promise<T | undefined>;
}

/**
 * Decides when to deliver: on start, when the network returns, when the app becomes visible or
 * hidden, on an interval; after a failure it waits (backoff) and only the network coming back
 * cuts the wait short. Never more than one delivery at a time.
 */
export class DeliveryScheduler {
  private running: Promise<FlushOutcome | undefined> | null = null;
  private failures = 0;
  private notBefore = 0;
  private timer: unknown;
  private readonly setTimer: NonNullable<SchedulerOptions['setTimer']>;
  private readonly clearTimer: NonNullable<SchedulerOptions['clearTimer']>;

  constructor(
    private readonly deps: DeliveryDeps,
    private readonly options: SchedulerOptions = {},
  ) {
    this.setTimer = options.setTimer ?? ((fn, ms) => setTimeout(fn, ms));
    this.clearTimer = options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>));
  }

  flush(reason: FlushReason): Promise<FlushOutcome | undefined> {
    if (this.running) return this.running;
    const waiting = this.deps.now() < this.notBefore;
    if (waiting && reason !== 'online' && reason !== 'manual' && reason !== 'retry') return Promise.resolve(undefined);
    const run = async () => {
      const exclusive = this.options.exclusive;
      const outcome = exclusive ? await exclusive(() => flushOnce(this.deps)) : await flushOnce(this.deps);
      if (outcome) this.after(outcome);
      return outcome;
    };
    this.running = run()
      .catch(() => {
        this.after({ kind: 'retry', sent: 0, refused: 0 }); // IndexedDB trouble: try later, like a network failure
        return undefined;
      })
      .finally(() => {
        this.running = null;
      });
    return this.running;
  }

  /** Stops the pending retry timer (the app is closing, or counting was switched off). */
  stop(): void {
    if (this.timer !== undefined) this.clearTimer(this.timer);
    this.timer = undefined;
  }

  private after(outcome: FlushOutcome): void {
    this.stop();
    if (outcome.kind === 'done') {
      this.failures = 0;
      this.notBefore = 0;
      return;
    }
    this.failures++;
    const wait = Math.max(outcome.afterMs ?? 0, backoffMs(this.failures, this.options.random));
    this.notBefore = this.deps.now() + wait;
    this.timer = this.setTimer(() => {
      this.timer = undefined;
      void this.flush('retry');
    }, wait);
  }
}
