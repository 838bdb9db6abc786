// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { openDB } from 'idb';
import { beforeEach, describe, expect, it } from 'vitest';
import { parseSetup } from '../../../src/core/kiosk/setup-link';
import { KIOSK_DB, readKioskSetup, saveKioskSetup } from '../../../src/platform/kiosk/kiosk-store';
import { readSettings, writeSettings } from '../../../src/platform/settings-store';

/** What a damaged device holds: a record changed by hand, a half-written value, an older format. */
async function putKioskRecord(value: unknown): Promise<void> {
  const db = await openDB(KIOSK_DB);
  await db.put('config', value, 'current');
  db.close();
}

const GOOD = parseSetup(
  new URLSearchParams(`setup=1&id=nvh-kp3&loc=79&lat=10.757&lng=106.663&lang=vi&pin=150000.AAAAAAAAAAAAAAAAAAAAAA.${'B'.repeat(43)}`),
);

describe('a damaged kiosk record', () => {
  beforeEach(async () => {
    if (!GOOD.ok) throw new Error('the good setup must parse');
    await saveKioskSetup(GOOD.setup); // creates the database, then the test damages the record
  });

  it('reads back a sound record', async () => {
    expect(await readKioskSetup()).toEqual(GOOD.ok ? GOOD.setup : undefined);
  });

  it('is refused like a bad setup link: the tablet asks to be set up again, nothing half-read is used', async () => {
    for (const damaged of [
      { query: 'setup=1&id=nvh-kp3&loc=79&lat=91&lng=106.663' }, // a position off the map, no PIN
      { query: 'setup=9&id=nvh-kp3' }, // a newer format
      { query: 42 }, // not text
      'setup=1&id=nvh-kp3', // not the record's shape
      null,
    ]) {
      await putKioskRecord(damaged);
      expect(await readKioskSetup(), JSON.stringify(damaged)).toBeUndefined();
    }
  });
});

describe('corrupt display settings', () => {
  beforeEach(() => localStorage.clear());

  it('fall back to the defaults, keeping each setting that is still sound', () => {
    localStorage.setItem('vneid-guide:settings', '{"lang":"en","largeText":tr');
    expect(readSettings()).toEqual({ largeText: false, highContrast: false });
    localStorage.setItem('vneid-guide:settings', 'null');
    expect(readSettings()).toEqual({ lang: undefined, largeText: false, highContrast: false });
    localStorage.setItem('vneid-guide:settings', JSON.stringify({ lang: 'xx', largeText: 'yes', highContrast: true }));
    expect(readSettings()).toEqual({ lang: undefined, largeText: false, highContrast: true });
  });

  it('are replaced whole by the next choice', () => {
    localStorage.setItem('vneid-guide:settings', '[1,2');
    writeSettings({ lang: 'en', largeText: true, highContrast: false });
    expect(readSettings()).toEqual({ lang: 'en', largeText: true, highContrast: false });
  });
});
