import { isAppVersion } from '../../core/counts/dimensions';
import { COUNTS_LEFT_KEY, COUNTS_OFF_KEY } from './switch-key';
import { readSourceTag } from '../../core/share/source-tag';
import { LOCALITY_PARAM, normalizeLocalityParam } from '../../core/counts/localities';
import { clearCounts, openCountsDb, pendingTotal, type CountsDb } from './counts-db';
import { Recorder, takeLeftRows } from './recorder';
import { randomBatchId } from './delivery';
import { toDimensions, type Dimensions } from './record';
import { DeliveryScheduler, type FlushReason } from './scheduler';
import { sendBatch } from './sender';
import type { PendingCount } from './types';
import { advanceVisit, parseVisitState, type VisitState } from '../../core/counts/visit-progress';

// Loaded lazily by src/app/count.ts after the first paint: idb and delivery never delay a screen.

declare const __APP_VERSION__: string;
const VERSION = typeof __APP_VERSION__ === 'string' && isAppVersion(__APP_VERSION__) ? __APP_VERSION__ : '0.0.0';
const SOURCE_KEY = 'vneid-guide:count-source';
const PLACE_KEY = 'vneid-guide:count-place';
const VISIT_KEY = 'vneid-guide:visit-progress';
const COLLECTOR = '/api/counts';
const INTERVAL_MS = 5 * 60_000;

let dbPromise: Promise<CountsDb> | undefined;
let scheduler: DeliveryScheduler | undefined;
let started = false;
let recorder: Recorder | undefined;

function db(): Promise<CountsDb> {
  dbPromise ??= openCountsDb();
  return dbPromise;
}

/** The privacy screen's switch (src/app/count-settings.ts): off means nothing recorded or sent. */
function switchedOff(): boolean {
  try {
    return localStorage.getItem(COUNTS_OFF_KEY) === '1';
  } catch {
    return true;
  }
}

/** The poster/link tag this visit came with, kept for the tab's session (a reload keeps it). */
function sessionSource(linkSearch: string): string | undefined {
  try {
    const tag = readSourceTag(new URLSearchParams(linkSearch));
    if (tag) sessionStorage.setItem(SOURCE_KEY, tag);
    return tag ?? sessionStorage.getItem(SOURCE_KEY) ?? undefined;
  } catch {
    return readSourceTag(new URLSearchParams(linkSearch)) ?? undefined;
  }
}

/**
 * The commune the visit's poster or card was made for (`?dp=`), kept for the tab's session like
 * the tag: a place, never a person. Without it a phone's counts stay "(chưa rõ)".
 */
function sessionPlace(linkSearch: string): string | undefined {
  const read = () => normalizeLocalityParam(new URLSearchParams(linkSearch).get(LOCALITY_PARAM));
  try {
    const place = read();
    if (place) sessionStorage.setItem(PLACE_KEY, place);
    return place ?? normalizeLocalityParam(sessionStorage.getItem(PLACE_KEY)) ?? undefined;
  } catch {
    return read() ?? undefined;
  }
}

let visitInMemory: VisitState | undefined;

/**
 * The funnel's step this count reaches in the visit, if it is the next one (core/counts/visit-progress.ts).
 * The visit's progress is kept for the tab's session (a kiosk's wipe clears it), or in memory only
 * when storage is blocked.
 */
function visitProgress(dims: Dimensions): Dimensions | null {
  let kept = visitInMemory;
  try {
    kept = parseVisitState(sessionStorage.getItem(VISIT_KEY));
  } catch {
    // storage blocked: the memory copy
  }
  const { step, state } = advanceVisit(kept, dims.event, dims.param || undefined, dims.day);
  visitInMemory = state;
  try {
    sessionStorage.setItem(VISIT_KEY, JSON.stringify(state));
  } catch {
    // the memory copy holds for this page
  }
  return step ? { ...dims, event: 'visit_progress', param: step } : null;
}

/** Two tabs upload one at a time (a double upload would still count once: this only saves data). */
function exclusive<T>(fn: () => Promise<T>): Promise<T | undefined> {
  const locks = (navigator as Navigator & { locks?: LockManager }).locks;
  if (!locks) return fn();
  // The lock is held until the callback's promise settles; the result is that promise's value.
  return locks.request('vneid-counts-delivery', { ifAvailable: true }, (lock) => (lock ? fn() : undefined)) as Promise<T | undefined>;
}

function startDelivery(d: CountsDb): DeliveryScheduler {
  const s = new DeliveryScheduler(
    { db: d, send: (batch) => sendBatch(COLLECTOR, batch), newBatchId: randomBatchId, now: () => Date.now() },
    { exclusive },
  );
  const flush = (reason: FlushReason) => {
    if (navigator.onLine === false || switchedOff()) return; // the 'online' event will bring us back
    void (recorder?.settled() ?? Promise.resolve()).then(() => s.flush(reason));
  };
  window.addEventListener('online', () => flush('online'));
  document.addEventListener('visibilitychange', () => flush(document.hidden ? 'hidden' : 'visible'));
  setInterval(() => flush('interval'), INTERVAL_MS);
  flush('start');
  return s;
}

/** Starts recording and delivery; returns the function count() hands each count to. */
export function startCounting(linkSearch: string): (c: PendingCount) => void {
  const linkSource = sessionSource(linkSearch);
  const linkPlace = sessionPlace(linkSearch);
  if (!started) {
    started = true;
    db().then(
      (d) => void (scheduler = startDelivery(d)),
      () => undefined, // no IndexedDB: counts are dropped, the app goes on
    );
  }
  const rec = (recorder ??= new Recorder(db));
  const sink = (c: PendingCount) => {
    if (switchedOff()) return;
    const dims = toDimensions(c, VERSION, linkSource, linkPlace);
    if (!dims) return;
    rec.add(dims);
    const progress = visitProgress(dims);
    if (progress) rec.add(progress);
  };
  for (const c of leftOver()) sink(c);
  if (!switchedOff()) {
    for (const row of takeLeftRows()) rec.add(row);
    rec.recoverLeftWrites();
  }
  return sink;
}

/** Counts a previous page kept in localStorage when it was left too early (see src/app/count.ts). */
function leftOver(): PendingCount[] {
  try {
    const raw = localStorage.getItem(COUNTS_LEFT_KEY);
    localStorage.removeItem(COUNTS_LEFT_KEY);
    const list: unknown = JSON.parse(raw ?? '[]');
    return Array.isArray(list) ? (list.slice(0, 500) as PendingCount[]) : [];
  } catch {
    return [];
  }
}

/** Counting switched off: forget what was not sent yet. */
export async function forgetPendingCounts(): Promise<void> {
  scheduler?.stop();
  recorder?.forget();
  await recorder?.settled();
  await clearCounts(await db());
}

/** Counts recorded on this device and not yet acknowledged by the collector. */
export async function pendingCounts(): Promise<number> {
  await recorder?.settled();
  return pendingTotal(await db());
}
