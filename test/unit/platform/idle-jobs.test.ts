import { describe, expect, it } from 'vitest';
import { idleJobs } from '../../../src/platform/idle-jobs';

/** A page whose paint, idle periods and timers the test releases by hand. */
function page() {
  let paint: (() => void) | undefined;
  const idles: (() => void)[] = [];
  const timers: { go: () => void; ms: number }[] = [];
  const add = idleJobs({
    afterPaint: (go) => (paint = go),
    idle: (go) => idles.push(go),
    later: (go, ms) => timers.push({ go, ms }),
  });
  const flush = () => new Promise((r) => setTimeout(r, 0));
  return {
    add,
    idles,
    timers,
    paint: () => paint!(),
    /** Runs the pending idle callback, then lets the job's promises settle. */
    idle: async () => {
      await flush();
      expect(idles.length).toBe(1); // never two jobs asked for at once
      idles.shift()!();
      await flush();
    },
    flush,
  };
}

const deferred = () => {
  let resolve!: () => void;
  const promise = new Promise<void>((r) => (resolve = r));
  return { promise, resolve };
};

describe('idleJobs', () => {
  it('starts nothing before the first paint, then one job per idle period: screen parts, offline readiness, background', async () => {
    const p = page();
    const ran: string[] = [];
    void p.add('background', () => ran.push('counts'));
    void p.add('offline', () => ran.push('service worker'));
    void p.add('screen', () => ran.push('notices'));
    void p.add('background', () => ran.push('more counts'));
    void p.add('screen', () => ran.push('unit line'));
    await p.flush();
    expect(p.idles).toHaveLength(0); // not painted yet
    p.paint();
    const seen: string[][] = [];
    while (p.idles.length) {
      await p.idle();
      seen.push([...ran]);
    }
    expect(seen).toEqual([
      ['notices'],
      ['notices', 'unit line'],
      ['notices', 'unit line', 'service worker'],
      ['notices', 'unit line', 'service worker', 'counts'],
      ['notices', 'unit line', 'service worker', 'counts', 'more counts'],
    ]);
  });

  it('runs one job at a time: the next waits for the previous one to settle, or for the hold to end', async () => {
    const p = page();
    p.paint();
    const first = deferred();
    const ran: string[] = [];
    const done = p.add('screen', () => (ran.push('first'), first.promise.then(() => 'first done')));
    void p.add('screen', () => ran.push('second'));
    const third = p
      .add('background', () => {
        ran.push('third');
        throw new Error('no IndexedDB');
      })
      .catch((e: Error) => e.message);
    void p.add('background', () => ran.push('fourth'));
    await p.idle();
    expect(ran).toEqual(['first']);
    expect(p.idles).toHaveLength(0); // the first still runs
    first.resolve();
    expect(await done).toBe('first done');
    await p.idle();
    expect(ran).toEqual(['first', 'second']);
    await p.idle();
    expect(await third).toBe('no IndexedDB'); // a failed job does not stop the queue
    await p.idle();
    expect(ran).toEqual(['first', 'second', 'third', 'fourth']);
    // A job that waits on the network holds the queue no longer than its hold timer.
    void p.add('screen', () => new Promise(() => undefined));
    await p.idle();
    expect(p.idles).toHaveLength(0);
    const hold = p.timers.at(-1)!;
    expect(hold.ms).toBe(1000);
    void p.add('background', () => ran.push('fifth'));
    await p.flush();
    expect(p.idles).toHaveLength(0);
    hold.go();
    await p.idle();
    expect(ran.at(-1)).toBe('fifth');
  });
});
