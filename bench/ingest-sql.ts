/**
 * The SQLite writer's statements timed alone, on one thread (issue 17): the bench's 50-counter
 * batches (bench/counts.ts, 997 devices), checked and planned as the collector does, written in
 * groups of 32 into a scratch file that already holds every device's rows (the ingest bench's
 * steady state: most upserts update). Each table's statements are timed apart, per batch, for
 * three ways of writing the rows: bound values (`VALUES (?, ...), ...`, sqlite-rows.ts, what the
 * store does), one JSON text per table (`SELECT ... FROM json_each(?)`: one bound parameter), and
 * the bound values of a whole group with equal keys merged and sorted by key, and the bound values
 * of a whole group one table after the other (each table's rows in one run of statements).
 * Run: `npx tsx bench/ingest-sql.ts [rounds]`.
 */
import { loadavg } from 'node:os';
import { openSqlite, type SqliteDb } from '../src/server/storage/sqlite-db';
import { SQLITE_INGEST } from '../src/server/storage/count-sql';
import { RowUpsert } from '../src/server/storage/sqlite-rows';
import { ROW_WIDTH, fillInRepeats, planBatch, type PlanRows, type WritePlan } from '../src/server/storage/write-plan';
import { checkBatchText } from '../src/server/counts/batch-text';
import { countersFor } from './counts';
import { inScratchFolder } from './scratch';

const TABLES = ['counts', 'daily', 'placeDay', 'placeMonth', 'placeYear'] as const;
type Table = (typeof TABLES)[number];
const SQL: Record<Table, string> = {
  counts: SQLITE_INGEST.addCount,
  daily: SQLITE_INGEST.addDaily,
  placeDay: SQLITE_INGEST.addPlace('place_day', 'day'),
  placeMonth: SQLITE_INGEST.addPlace('place_month', 'month'),
  placeYear: SQLITE_INGEST.addPlaceYear,
};
const WIDTH: Record<Table, number> = {
  counts: ROW_WIDTH.counts,
  daily: ROW_WIDTH.daily,
  placeDay: ROW_WIDTH.place,
  placeMonth: ROW_WIDTH.place,
  placeYear: ROW_WIDTH.placeYear,
};

/** The same upsert reading its rows from one JSON array of arrays. */
function jsonSql(sql: string, width: number): string {
  const columns = Array.from({ length: width }, (_, i) => `value ->> ${i}`).join(', ');
  return sql.replace(/\bVALUES\s*\([?,\s]*\)/, `SELECT ${columns} FROM json_each(?) WHERE true`);
}

function rowsJson(values: PlanRows, width: number): string {
  const rows: PlanRows[] = [];
  for (let i = 0; i < values.length; i += width) rows.push(values.slice(i, i + width));
  return JSON.stringify(rows);
}

type Writer = (table: Table, plan: WritePlan) => void;

/**
 * A group's rows of one table merged by key (n summed) and sorted by key (B-tree locality), for
 * counts and daily: the third way timed (the merge and sort's own time shown apart).
 */
function mergedSorted(plans: readonly WritePlan[], t: 'counts' | 'daily'): PlanRows {
  const w = WIDTH[t];
  const at = new Map<string, number>();
  const rows: PlanRows[] = [];
  const keys: string[] = [];
  for (const p of plans) {
    const v = p[t];
    for (let i = 0; i < v.length; i += w) {
      const row = v.slice(i, i + w);
      const key = row.slice(0, w - 1).join('\u0000');
      const j = at.get(key);
      if (j === undefined) {
        at.set(key, rows.length);
        rows.push(row);
        keys.push(key);
      } else (rows[j]![w - 1] as number) += row[w - 1] as number;
    }
  }
  const order = rows.map((_, i) => i).sort((a, b) => (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0));
  return order.flatMap((i) => rows[i]!);
}

function boundWriter(db: SqliteDb): Writer {
  const ups = Object.fromEntries(TABLES.map((t) => [t, new RowUpsert(db, SQL[t], WIDTH[t])])) as Record<Table, RowUpsert>;
  return (t, p) => ups[t].run(p[t] as (string | number)[]);
}

function jsonWriter(db: SqliteDb, texts: Map<WritePlan, Record<Table, string>>): Writer {
  const st = Object.fromEntries(TABLES.map((t) => [t, db.prepare(jsonSql(SQL[t], WIDTH[t]))]));
  return (t, p) => void st[t]!.run(texts.get(p)![t]);
}

const day = new Date().toISOString().slice(0, 10);
const rounds = Number(process.argv[2] ?? 6);
const GROUP = 32;
const bodies = Array.from({ length: 997 }, (_, d) => JSON.stringify(countersFor(d, day)));
let seq = 0;
function plans(n: number): WritePlan[] {
  return Array.from({ length: n }, () => {
    const s = seq++;
    const check = checkBatchText(`{"batchId":"bench-ingest-sql-${s.toString(36)}","counters":${bodies[s % bodies.length]}}`, day);
    if (!check.ok) throw new Error('bench batch refused');
    const plan = planBatch(check.batch, check.digest, day);
    for (const t of TABLES) fillInRepeats(plan[t], WIDTH[t]); // as the worker does before its statements
    return plan;
  });
}

await inScratchFolder('bench-ingest-sql-', (dir) => {
  const db = openSqlite(dir);
  const remember = db.prepare(SQLITE_INGEST.rememberBatch);
  const fill = boundWriter(db);
  db.transaction(() => {
    for (const p of plans(997)) for (const t of TABLES) fill(t, p);
  }).immediate();

  const texts = new Map<WritePlan, Record<Table, string>>();
  const writers: [string, Writer][] = [
    ['bound values', boundWriter(db)],
    ['one JSON text', jsonWriter(db, texts)],
    ['group merged', boundWriter(db)],
    ['group in a run', boundWriter(db)],
  ];
  const grouped = boundWriter(db);
  const sums = new Map<string, Record<Table | 'commit' | 'json', number>>();
  let batches = 0;
  let rowsIn = 0;
  let rowsOut = 0;
  for (let r = 0; r < rounds; r++) {
    const work = plans(GROUP * 33 * writers.length);
    batches += work.length / writers.length;
    const t0 = performance.now();
    for (const p of work) texts.set(p, Object.fromEntries(TABLES.map((t) => [t, rowsJson(p[t], WIDTH[t])])) as Record<Table, string>);
    const jsonMs = performance.now() - t0;
    // Alternate which way goes first, on halves of the same kind of batches.
    const order = r % 2 === 0 ? writers : [...writers].reverse();
    order.forEach(([name, write], w) => {
      const mine = work.filter((_, i) => i % writers.length === w);
      const s = sums.get(name) ?? { counts: 0, daily: 0, placeDay: 0, placeMonth: 0, placeYear: 0, commit: 0, json: 0 };
      if (name === 'one JSON text') s.json += jsonMs / writers.length;
      for (let g = 0; g < mine.length; g += GROUP) {
        db.prepare('BEGIN IMMEDIATE').run();
        const group = mine.slice(g, g + GROUP);
        if (name === 'group in a run') {
          for (const p of group) remember.run(p.batchId, p.digest, p.counters, p.receivedDay);
          for (const t of TABLES) {
            const a = performance.now();
            grouped(t, { [t]: ([] as PlanRows).concat(...group.map((p) => p[t])) } as unknown as WritePlan);
            s[t] += performance.now() - a;
          }
        } else if (name === 'group merged') {
          for (const p of group) remember.run(p.batchId, p.digest, p.counters, p.receivedDay);
          for (const t of TABLES) {
            const a = performance.now();
            if (t === 'counts' || t === 'daily') {
              const merged = { [t]: mergedSorted(group, t) } as unknown as WritePlan;
              rowsIn += group.reduce((n, p) => n + p[t].length / WIDTH[t], 0);
              rowsOut += merged[t].length / WIDTH[t];
              s.json += performance.now() - a;
              grouped(t, merged);
            } else for (const p of group) grouped(t, p);
            s[t] += performance.now() - a;
          }
        } else
          for (const p of group) {
            remember.run(p.batchId, p.digest, p.counters, p.receivedDay);
            for (const t of TABLES) {
              const a = performance.now();
              write(t, p);
              s[t] += performance.now() - a;
            }
          }
        const c = performance.now();
        db.prepare('COMMIT').run();
        s.commit += performance.now() - c;
      }
      sums.set(name, s);
    });
  }
  console.log(`${batches} batches each way in groups of ${GROUP}, µs per batch (load ${loadavg()[0]!.toFixed(2)}):`);
  for (const [name, s] of sums) {
    const per = (ms: number) => ((ms * 1000) / batches).toFixed(0).padStart(4);
    const statements = TABLES.reduce((a, t) => a + s[t], 0);
    console.log(
      `  ${name.padEnd(14)} statements ${per(statements)} (${TABLES.map((t) => `${t} ${per(s[t]).trim()}`).join(', ')}), commit ${per(s.commit)}` +
        (name === 'one JSON text' ? `; the JSON texts made beforehand ${per(s.json).trim()}` : '') +
        (name === 'group merged' ? ` (of which the merge and sort ${per(s.json).trim()})` : ''),
    );
  }
  console.log(`  group merged: ${rowsOut} of ${rowsIn} counts and daily rows left after merging equal keys`);
  db.close();
});
