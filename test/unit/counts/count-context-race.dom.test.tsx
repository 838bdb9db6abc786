// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CountBatch } from '../../../src/core/counts/batch';

// A kiosk's first screen is counted before the kiosk runtime (loaded in parallel) has said
// "channel kiosk, source <kiosk id>". Those early counts must still be the kiosk's, not a phone's.

const uploads: CountBatch[] = [];
let idle: (() => void) | undefined;

beforeAll(() => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (_url: string, init: RequestInit) => {
      const batch = JSON.parse(String(init.body)) as CountBatch;
      uploads.push(batch);
      return new Response(JSON.stringify({ ok: true, batchId: batch.batchId }), {
        status: 200,
        headers: { 'content-type': 'application/json' },
      });
    }),
  );
});
// The delivery code loads in its turn after the first paint (src/platform/idle-jobs.ts): the test decides when that is.
vi.mock('../../../src/platform/when-idle', () => ({
  whenIdle: (_kind: string, job: () => unknown) => new Promise((resolve) => (idle = () => resolve(job()))),
}));
afterAll(() => vi.unstubAllGlobals());

const { count, setCountContext } = await import('../../../src/app/count');

describe('counts queued before the context is known', () => {
  it('take the context known when they leave the queue; later counts keep their own', async () => {
    count('screen_open', 'kiosk'); // the attract screen, before the kiosk runtime has loaded
    setCountContext({ channel: 'kiosk', source: 'nvh-1', locality: '79' });
    idle?.();
    await vi.waitFor(() => expect(uploads.flatMap((b) => b.counters).length).toBeGreaterThan(0));
    const counter = uploads.flatMap((b) => b.counters).find((c) => c.event === 'screen_open');
    expect(counter).toMatchObject({ channel: 'kiosk', source: 'nvh-1', locality: '79', param: 'kiosk', n: 1 });
  });
});
