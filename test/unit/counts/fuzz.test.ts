import { describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { countsRoutes } from '../../../src/server/counts/routes';
import { TODAY, batch, batchId, counter, memoryStore, seeded } from './helpers';

const NOW = () => new Date(`${TODAY}T10:00:00Z`);
const rnd = seeded(20250915);
const int = (n: number) => Math.floor(rnd() * n);
const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;

const weird: unknown[] = [
  null,
  true,
  0,
  -1,
  Infinity,
  2 ** 53,
  1.5,
  '',
  ' ',
  '0',
  'NaN',
  '<script>',
  '=1+1',
  'Nguyễn Văn A',
  '001090123456',
  '\u0000',
  '\ud800',
  'a'.repeat(5000),
  [],
  [1],
  {},
  { $gt: 0 },
  { __proto__: { polluted: 1 } },
];
const fields = ['day', 'hour', 'locality', 'channel', 'source', 'version', 'event', 'param', 'n'] as const;

/** Each mutation makes a valid batch invalid in one way. */
const mutations: ((b: Record<string, unknown>) => unknown)[] = [
  (b) => ({ ...b, batchId: pick(weird.filter((w) => typeof w !== 'string' || w.length < 16)) }),
  (b) => ({ ...b, counters: pick([null, {}, 'x', [], Array(501).fill(counter())]) }),
  (b) => ({ ...b, [pick(['extra', '__proto__', 'constructor', 'ip', 'userAgent'])]: pick(weird) }),
  (b) => {
    const cs = [...(b.counters as object[])];
    const i = int(cs.length);
    const f = pick(fields);
    const bad = pick(weird.filter((w) => !(f === 'source' && w === '0'))); // '0' is a fine source tag
    cs[i] = { ...cs[i], [f]: f === 'hour' ? pick([24, -1, 1.5, '9', null]) : bad };
    return { ...b, counters: cs };
  },
  (b) => {
    const cs = [...(b.counters as Record<string, unknown>[])];
    const i = int(cs.length);
    const { [pick(['day', 'channel', 'version', 'event', 'n'])]: _gone, ...rest } = cs[i]!;
    cs[i] = rest;
    return { ...b, counters: cs };
  },
  (b) => ({ ...b, counters: [...(b.counters as object[]), (b.counters as object[])[0]] }),
  (b) => {
    const cs = [...(b.counters as object[])];
    cs[int(cs.length)] = { ...counter(), [pick(['name', 'phone', 'lat', 'address', 'ts'])]: pick(weird) };
    return { ...b, counters: cs };
  },
  () => pick(weird),
];

function validBatch() {
  const cs = Array.from({ length: 1 + int(8) }, (_, i) =>
    counter({ n: 1 + int(100), locality: `79-${String(26000 + i).padStart(5, '0')}` }),
  );
  return batch(cs) as unknown as Record<string, unknown>;
}

function randomBytesText(): string {
  return String.fromCharCode(...Array.from({ length: int(300) }, () => int(256)));
}

describe('collector under random and malformed payloads', () => {
  it('rejects every one with a 4xx JSON error and leaves the database unchanged', async () => {
    const store = memoryStore();
    const app = new Hono().route('/', countsRoutes(store, { now: NOW, rateLimit: false }));
    const post = (body: string, type = 'application/json') =>
      app.request('/api/counts', { method: 'POST', headers: { 'content-type': type }, body });
    // Some real counts first, and one batch whose id the fuzzer will try to reuse.
    const known = batch([counter({ n: 5 })]);
    expect((await post(JSON.stringify(known))).status).toBe(200);
    const before = { total: await store.grandTotal(), rows: store.counterRows() };

    const statuses = new Map<number, number>();
    for (let i = 0; i < 3000; i++) {
      let body: string;
      const kind = i % 10;
      if (kind === 0) body = randomBytesText();
      else if (kind === 1) {
        const whole = JSON.stringify(validBatch());
        body = whole.slice(0, int(whole.length - 1)); // truncated
      } else if (kind === 2) body = '['.repeat(20_000 + int(10_000)) + ']'.repeat(int(100));
      else if (kind === 3)
        body = JSON.stringify({ ...known, counters: [counter({ n: 6 })] }); // id reuse
      else body = JSON.stringify(pick(mutations)(validBatch()));
      const type = i % 97 === 0 ? pick(['text/plain', 'application/x-www-form-urlencoded', '']) : 'application/json';
      const res = await post(body, type);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status < 400 || res.status >= 500) throw new Error(`payload ${i} got ${res.status}: ${body.slice(0, 2000)}`);
      const json = (await res.json()) as { error?: unknown; message?: unknown };
      expect(typeof json.error).toBe('string');
      expect(typeof json.message).toBe('string');
    }
    expect([...statuses.keys()].sort()).toEqual([400, 409, 415]);
    expect(await store.grandTotal()).toEqual(before.total);
    expect(store.counterRows()).toEqual(before.rows);
    // And it still works.
    expect((await post(JSON.stringify(batch([counter()])))).status).toBe(200);
    expect({} as Record<string, unknown>).not.toHaveProperty('polluted');
    await store.close();
  }, 60_000); // thousands of requests: give a loaded CI machine room; correctness, not speed, is tested

  it('never takes a fresh random batch id for a known one', () => {
    expect(new Set(Array.from({ length: 10_000 }, batchId)).size).toBe(10_000);
  });
});
