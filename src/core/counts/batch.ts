import { describeFound } from '../found';
import { COUNT_LIMITS, isBatchId } from './limits';
import { CHANNELS, addDays, isAppVersion, isChannel, isDay, isLocalityCode, isSourceTag, type Channel } from './dimensions';
import { COUNT_EVENT_NAMES, describeParamRule, isCountEvent, isValidParam, type CountEvent } from './vocabulary';

/**
 * One counter as sent by a device: how many times `event` (with `param`) happened on `day` (and
 * `hour`, kiosks only) in one locality, channel, source and app version. Optional fields are left
 * out when unknown.
 */
export interface Counter {
  day: string;
  hour?: number;
  locality?: string;
  channel: Channel;
  source?: string;
  version: string;
  event: CountEvent;
  param?: string;
  n: number;
}

/** What a device posts to /api/counts. `batchId` makes a resend harmless (counted once). */
export interface CountBatch {
  batchId: string;
  counters: Counter[];
}

/** A counter with every dimension present ('' or hour -1 for "none"): the stored shape. */
export interface CounterRow {
  day: string;
  hour: number;
  locality: string;
  channel: Channel;
  source: string;
  version: string;
  event: CountEvent;
  param: string;
  n: number;
}

export interface ValidBatch {
  batchId: string;
  counters: CounterRow[];
}

/** One thing wrong with a batch: `counters[3].event: found "x", expected one of ...`. */
export interface CountProblem {
  path: string;
  found: string;
  expected: string;
}

export type BatchCheck = { ok: true; batch: ValidBatch } | { ok: false; problems: CountProblem[] };

export function formatProblem(p: CountProblem): string {
  return `${p.path}: found ${p.found}, expected ${p.expected}`;
}

/** Every dimension of a counter joined: counters with the same key add up. '|' is in no valid field. */
export function counterKey(c: Omit<CounterRow, 'n'>): string {
  return `${c.day}|${c.hour}|${c.locality}|${c.channel}|${c.source}|${c.version}|${c.event}|${c.param}`;
}

export function toCounterRow(c: Counter): CounterRow {
  return {
    day: c.day,
    hour: c.hour ?? -1,
    locality: c.locality ?? '',
    channel: c.channel,
    source: c.source ?? '',
    version: c.version,
    event: c.event,
    param: c.param ?? '',
    n: c.n,
  };
}

/** The wire form of a stored-shape counter (empty dimensions left out: smaller batches). */
export function toCounter(r: CounterRow): Counter {
  const c: Counter = { day: r.day, channel: r.channel, version: r.version, event: r.event, n: r.n };
  if (r.hour >= 0) c.hour = r.hour;
  if (r.locality) c.locality = r.locality;
  if (r.source) c.source = r.source;
  if (r.param) c.param = r.param;
  return c;
}

const MAX_PROBLEMS = 20;
/** The fields a counter may have: the collector refuses any other. */
export const COUNTER_KEYS = new Set(['day', 'hour', 'locality', 'channel', 'source', 'version', 'event', 'param', 'n']);

/**
 * Remembers a check's answer per string value; non-strings are checked directly. Bounded:
 * emptied when full, so odd values cannot grow it.
 */
function remembered(check: (value: string) => boolean, max = 16_384): (value: unknown) => boolean {
  const known = new Map<string, boolean>();
  return (value) => {
    if (typeof value !== 'string') return false;
    let ok = known.get(value);
    if (ok === undefined) {
      if (known.size >= max) known.clear();
      known.set(value, (ok = check(value)));
    }
    return ok;
  };
}

/*
 * Answers kept across batches for the checks that do not depend on the day: a collector sees the
 * same places, tags, versions and event parameters again and again, and their regular expressions
 * cost more than a lookup (16,384 holds every commune code of the country with room to spare).
 */
const localityOk = remembered(isLocalityCode);
const sourceOk = remembered(isSourceTag);
const versionOk = remembered(isAppVersion);
/** `event|param` (an event name has no '|'). */
const paramOk = remembered((key: string) => {
  const bar = key.indexOf('|');
  const param = key.slice(bar + 1);
  return isValidParam(key.slice(0, bar) as CountEvent, param === '' ? undefined : param);
});

/**
 * The counters of a batch met so far, to refuse one named twice. A batch's counters share their
 * day, hour, place, channel, source and version in long runs: those are keyed once per run, and
 * each counter adds only its `event|param` (the key the param check made already) instead of a
 * key of all eight dimensions (~80 characters built and hashed per counter).
 */
export class SeenCounters {
  private readonly byDimensions = new Map<string, Set<string>>();
  private last: CounterRow | null = null;
  private current = new Set<string>();

  /** False when the batch had this counter already; remembers it otherwise. */
  add(row: CounterRow, eventParam: string): boolean {
    const l = this.last;
    if (
      !l ||
      l.day !== row.day ||
      l.hour !== row.hour ||
      l.locality !== row.locality ||
      l.channel !== row.channel ||
      l.source !== row.source ||
      l.version !== row.version
    ) {
      const dimensions = `${row.day}|${row.hour}|${row.locality}|${row.channel}|${row.source}|${row.version}`;
      let set = this.byDimensions.get(dimensions);
      if (!set) this.byDimensions.set(dimensions, (set = new Set()));
      this.current = set;
    }
    this.last = row;
    const size = this.current.size;
    return this.current.add(eventParam).size > size;
  }
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The collector's strict check of a posted batch (already JSON-parsed). `today` is the collector's
 * UTC day (YYYY-MM-DD): days too old or too far ahead are refused. Lists up to 20 problems.
 */
export function validateCountBatch(input: unknown, today: string): BatchCheck {
  const problems: CountProblem[] = [];
  const add = (path: string, value: unknown, expected: string) => {
    if (problems.length < MAX_PROBLEMS) problems.push({ path, found: describeFound(value), expected });
  };
  if (!isPlainObject(input)) {
    add('batch', input, 'an object {batchId, counters}');
    return { ok: false, problems };
  }
  for (const k of Object.keys(input)) if (k !== 'batchId' && k !== 'counters') add(k, k, 'only batchId and counters');
  if (!isBatchId(input.batchId)) add('batchId', input.batchId, '16–64 characters of A–Z a–z 0–9 - _, no run of 8 digits');
  const list = input.counters;
  if (!Array.isArray(list) || list.length === 0 || list.length > COUNT_LIMITS.maxCountersPerBatch) {
    add('counters', list, `a list of 1–${COUNT_LIMITS.maxCountersPerBatch} counters`);
    return { ok: false, problems };
  }
  const oldest = addDays(today, -COUNT_LIMITS.maxAgeDays);
  const newest = addDays(today, COUNT_LIMITS.maxDaysAhead);
  const rows: CounterRow[] = [];
  const seen = new SeenCounters();
  // A device's counters repeat the same day: check each once (the other strings: remembered above).
  const dayOk = remembered((d: string) => isDay(d) && d >= oldest && d <= newest);
  // A problem's path, made only when there is one: most batches have none.
  const at = (i: number) => `counters[${i}]`;
  for (let i = 0; i < list.length && problems.length < MAX_PROBLEMS; i++) {
    const c: unknown = list[i];
    if (!isPlainObject(c)) {
      add(at(i), c, 'an object');
      continue;
    }
    const before = problems.length;
    let eventParam = '';
    for (const k of Object.keys(c)) if (!COUNTER_KEYS.has(k)) add(`${at(i)}.${k}`, k, 'no such field');
    if (!dayOk(c.day)) {
      if (!isDay(c.day)) add(`${at(i)}.day`, c.day, 'a date YYYY-MM-DD');
      else add(`${at(i)}.day`, c.day, `a day from ${oldest} to ${newest}`);
    }
    if (!isChannel(c.channel)) add(`${at(i)}.channel`, c.channel, 'one of ' + CHANNELS.join(', '));
    if (c.event === 'volunteer_tally_undone' && c.channel !== 'volunteer')
      add(`${at(i)}.channel`, c.channel, 'volunteer (only a volunteer undoes a tally)');
    if ((c.event === 'volunteer_people' || c.event === 'volunteer_people_undone') && c.channel !== 'volunteer')
      add(`${at(i)}.channel`, c.channel, 'volunteer (only a volunteer counts people in a household visit)');
    if (c.hour !== undefined) {
      if (c.channel !== 'kiosk') add(`${at(i)}.hour`, c.hour, 'no hour (hours are counted for kiosks only)');
      else if (!Number.isInteger(c.hour) || (c.hour as number) < 0 || (c.hour as number) > 23)
        add(`${at(i)}.hour`, c.hour, 'a whole hour 0–23');
    }
    if (c.locality !== undefined && !localityOk(c.locality))
      add(`${at(i)}.locality`, c.locality, 'a province code "79" or province-commune "79-26734"');
    if (c.source !== undefined && !sourceOk(c.source))
      add(`${at(i)}.source`, c.source, 'a source tag of a–z 0–9 - (at most 24, no run of 8 digits)');
    if (!versionOk(c.version)) add(`${at(i)}.version`, c.version, 'an app version like 1.2.3');
    if (!isCountEvent(c.event)) add(`${at(i)}.event`, c.event, 'one of ' + COUNT_EVENT_NAMES.join(', '));
    else if (c.param !== undefined && (typeof c.param !== 'string' || c.param === ''))
      add(`${at(i)}.param`, c.param, describeParamRule(c.event) + ' (leave it out when there is none)');
    else if (!paramOk((eventParam = `${c.event}|${(c.param as string | undefined) ?? ''}`)))
      add(`${at(i)}.param`, c.param, describeParamRule(c.event));
    if (!Number.isInteger(c.n) || (c.n as number) < 1 || (c.n as number) > COUNT_LIMITS.maxCount)
      add(`${at(i)}.n`, c.n, `a whole number 1–${COUNT_LIMITS.maxCount}`);
    if (problems.length > before) continue;
    const row = toCounterRow(c as unknown as Counter);
    if (!seen.add(row, eventParam)) add(at(i), 'a repeated counter', 'each counter once per batch (add them up)');
    rows.push(row);
  }
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, batch: { batchId: input.batchId as string, counters: rows } };
}
