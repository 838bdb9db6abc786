// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { describe, expect, it } from 'vitest';
import { parseSetup } from '../../../src/core/kiosk/setup-link';
import { WIPE_STEPS } from '../../../src/core/kiosk/wipe-plan';
import { openCountsDb, addCounts } from '../../../src/platform/counts/counts-db';
import { readKioskSetup, saveKioskSetup } from '../../../src/platform/kiosk/kiosk-store';
import { STORAGE_WIPE_STEPS, wipeStoredData } from '../../../src/platform/kiosk/wipe';
import { RUNTIME_WIPE_STEPS } from '../../../src/app/screens/kiosk/runtime/restart';
import { readAllProgress, saveProgress } from '../../../src/platform/progress/progress-store';
import { readSettings } from '../../../src/platform/settings-store';

const SETUP = parseSetup(
  new URLSearchParams(`setup=1&id=nvh-kp3&loc=79&lat=10.757&lng=106.663&lang=en&pin=150000.AAAAAAAAAAAAAAAAAAAAAA.${'B'.repeat(43)}`),
);

async function allRecords(name: string): Promise<number> {
  const db = await openDB(name);
  let n = 0;
  for (const store of db.objectStoreNames) n += await db.count(store);
  db.close();
  return n;
}

describe('kiosk wipe of stored data', () => {
  it('forgets every store of the visitor and keeps only what the plan keeps', async () => {
    if (!SETUP.ok) throw new Error('setup');
    await saveKioskSetup(SETUP.setup);
    await saveProgress({ tutorial: 'activate', current: 'otp', done: ['start'], finished: false, updated: '2026-11-20' });
    // A store some later feature adds, that nobody told the wipe about.
    const later = await openDB('a-later-feature', 1, { upgrade: (d) => void d.createObjectStore('things') });
    await later.put('things', { card: 'read from a card' }, 'x');
    later.close();
    const counts = await openCountsDb();
    await addCounts(counts, [
      {
        day: '2026-11-20',
        hour: 9,
        locality: '79',
        channel: 'kiosk',
        source: 'nvh-kp3',
        version: '0.1.0',
        event: 'kiosk_session_start',
        param: '',
      },
    ]);
    counts.close();
    sessionStorage.setItem('vneid-guide:count-source', 'poster-1');
    localStorage.setItem('vneid-guide:kiosk', 'visit-stamp');
    localStorage.setItem('vneid-guide:settings', JSON.stringify({ lang: 'vi', largeText: false, highContrast: true }));
    localStorage.setItem('vneid-guide:counts-off', '1');
    localStorage.setItem('someone-else:thing', 'x');

    const report = await wipeStoredData('en');

    expect(report.failed).toEqual([]);
    expect(report.done.every((s) => (WIPE_STEPS as readonly string[]).includes(s))).toBe(true);
    expect(await readAllProgress()).toEqual([]);
    expect(await allRecords('vneid-tutorial-progress')).toBe(0);
    expect(await allRecords('a-later-feature')).toBe(0);
    expect(await allRecords('vneid-counts')).toBe(1); // anonymous, not yet delivered: kept
    expect(await readKioskSetup()).toMatchObject({ kioskId: 'nvh-kp3' }); // survives every visitor
    expect(sessionStorage.length).toBe(0);
    expect(Object.keys(localStorage).sort()).toEqual(['vneid-guide:kiosk', 'vneid-guide:settings']);
    expect(readSettings()).toEqual({ lang: 'en', largeText: true, highContrast: false });
  });

  it('covers every step of the plan, between the storage wipe and the runtime', () => {
    expect([...STORAGE_WIPE_STEPS, ...RUNTIME_WIPE_STEPS].sort()).toEqual([...WIPE_STEPS].sort());
  });
});
