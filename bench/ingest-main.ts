/**
 * The collector's main-thread work per batch timed alone, on one thread (issue 17): the bench's
 * 50-counter batches (bench/counts.ts, 997 devices) parsed and checked (`checkBatchText`), summed
 * into a write plan (`planBatch`), and the plan's copy to the worker (a structured clone: what
 * postMessage does on both sides, and the texts left out as repeats put back). Run: `npx tsx bench/ingest-main.ts [batches]`.
 */
import { loadavg } from 'node:os';
import { ROW_WIDTH, fillInRepeats, planBatch, type WritePlan } from '../src/server/storage/write-plan';
import { checkBatchText } from '../src/server/counts/batch-text';
import { countersFor } from './counts';

const day = new Date().toISOString().slice(0, 10);
const n = Number(process.argv[2] ?? 20_000);
const bodies = Array.from({ length: 997 }, (_, d) => JSON.stringify(countersFor(d, day)));
const texts = Array.from(
  { length: n },
  (_, s) => `{"batchId":"bench-ingest-main-${s.toString(36)}","counters":${bodies[s % bodies.length]}}`,
);

function round(): { check: number; plan: number; clone: number } {
  let check = 0;
  let plan = 0;
  let clone = 0;
  const plans: WritePlan[] = [];
  for (const text of texts) {
    const a = performance.now();
    const c = checkBatchText(text, day);
    const b = performance.now();
    if (!c.ok) throw new Error('bench batch refused');
    const p = planBatch(c.batch, c.digest, day);
    const d = performance.now();
    plans.push(p);
    check += b - a;
    plan += d - b;
    // As the worker store posts them: the plans of one turn together (here 32 a message).
    if (plans.length === 32) {
      const e = performance.now();
      // The worker puts back the texts left out as repeats before binding them.
      for (const q of structuredClone(plans.splice(0))) {
        fillInRepeats(q.counts, ROW_WIDTH.counts);
        fillInRepeats(q.daily, ROW_WIDTH.daily);
        fillInRepeats(q.placeDay, ROW_WIDTH.place);
        fillInRepeats(q.placeMonth, ROW_WIDTH.place);
        fillInRepeats(q.placeYear, ROW_WIDTH.placeYear);
      }
      clone += performance.now() - e;
    }
  }
  const us = (ms: number) => (ms * 1000) / texts.length;
  return { check: us(check), plan: us(plan), clone: us(clone) };
}

for (let r = 0; r < 4; r++) {
  const t = round();
  if (r === 0) continue; // warm-up
  console.log(
    `µs per batch: parse and check ${t.check.toFixed(1)}, plan ${t.plan.toFixed(1)}, plan's copy ${t.clone.toFixed(1)} (load ${loadavg()[0]!.toFixed(2)})`,
  );
}
