import type { DBSchema } from 'idb';
import { databaseOpener } from '../database-opener';
import { formatSetupQuery, parseSetup, type KioskSetup } from '../../core/kiosk/setup-link';

/**
 * The kiosk's configuration in IndexedDB (it survives reboots and every visitor's wipe: see
 * core/kiosk/wipe-plan.ts). Stored as the setup link's own query, and read back through the same
 * parser, so a damaged record is refused exactly like a bad link. It holds the PIN's fingerprint,
 * never the PIN.
 */
interface KioskSchema extends DBSchema {
  config: { key: string; value: { query: string } };
}

export const KIOSK_DB = 'vneid-kiosk';
const KEY = 'current';
const db = databaseOpener<KioskSchema>(KIOSK_DB, 1, (d) => {
  d.createObjectStore('config');
});

export async function readKioskSetup(): Promise<KioskSetup | undefined> {
  try {
    const record = await (await db()).get('config', KEY);
    if (!record || typeof record.query !== 'string') return undefined;
    const check = parseSetup(new URLSearchParams(record.query));
    return check.ok ? check.setup : undefined;
  } catch {
    return undefined;
  }
}

/** Saves the setup; throws when the device cannot store it (the screen says so: no kiosk without it). */
export async function saveKioskSetup(setup: KioskSetup): Promise<void> {
  await (await db()).put('config', { query: formatSetupQuery(setup) }, KEY);
}

export async function clearKioskSetup(): Promise<void> {
  try {
    await (await db()).delete('config', KEY);
  } catch {
    // Nothing stored.
  }
}
