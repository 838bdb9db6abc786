import type { Lang } from '../../core/i18n/languages';
import { keepsDatabase, keepsStorageKey, type WipeStep } from '../../core/kiosk/wipe-plan';
import { clearAllProgress, PROGRESS_DB } from '../progress/progress-store';
import { writeSettings } from '../settings-store';
import { VOLUNTEER_DB } from '../volunteer/volunteer-store';

/**
 * Forgets the visitor's stored data on a kiosk (the storage part of core/kiosk/wipe-plan.ts; the
 * runtime adds the dialogs, the page's memory and the history). Deny-by-default: every database
 * and key not kept on purpose goes. Each step runs even when another fails, and the report says
 * which failed, so the runtime can try again.
 */
export interface WipeReport {
  done: WipeStep[];
  failed: WipeStep[];
}

/** Names of the tutorials' and the volunteers' stores, for browsers without indexedDB.databases(). */
const KNOWN_DATABASES = [PROGRESS_DB, VOLUNTEER_DB];

/** The plan's steps done here; the runtime does the rest (dialogs, page memory, history). */
export const STORAGE_WIPE_STEPS = [
  'tutorial-progress',
  'databases',
  'session-storage',
  'local-storage',
  'display-settings',
] as const satisfies readonly WipeStep[];

export async function wipeStoredData(kioskLang: Lang): Promise<WipeReport> {
  const report: WipeReport = { done: [], failed: [] };
  const run = async (step: WipeStep, work: () => Promise<void> | void) => {
    try {
      await work();
      report.done.push(step);
    } catch {
      report.failed.push(step);
    }
  };
  // The tutorials' store first, through its own API: it also drops its in-memory copy.
  await run('tutorial-progress', clearAllProgress);
  await run('databases', clearDatabases);
  await run('session-storage', () => sessionStorage.clear());
  await run('local-storage', clearLocalStorage);
  await run('display-settings', () => writeSettings({ lang: kioskLang, largeText: true, highContrast: false }));
  return report;
}

async function databaseNames(): Promise<string[]> {
  if (typeof indexedDB.databases === 'function') {
    const list = await indexedDB.databases();
    return list.map((d) => d.name).filter((n): n is string => typeof n === 'string');
  }
  return KNOWN_DATABASES;
}

async function clearDatabases(): Promise<void> {
  const names = (await databaseNames()).filter((n) => !keepsDatabase(n));
  const results = await Promise.allSettled(names.map(clearDatabase));
  if (results.some((r) => r.status === 'rejected')) throw new Error('a database could not be cleared');
}

/**
 * Empties every object store of one database. Cleared rather than deleted: deleting waits for
 * every open connection (a screen's store stays open) and could hang the wipe.
 */
function clearDatabase(name: string): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const open = indexedDB.open(name);
    open.onerror = () => reject(open.error);
    open.onblocked = () => reject(new Error(`${name} is blocked`));
    // Opened without a version: an upgrade means the database had just disappeared; nothing to clear.
    open.onupgradeneeded = () => open.transaction?.abort();
    open.onsuccess = () => {
      const db = open.result;
      const stores = [...db.objectStoreNames];
      if (stores.length === 0) {
        db.close();
        return resolve();
      }
      const tx = db.transaction(stores, 'readwrite');
      for (const s of stores) tx.objectStore(s).clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => {
        db.close();
        reject(tx.error);
      };
    };
  }).catch((e: unknown) => {
    // The aborted upgrade of a vanished database is not a failure.
    if (e instanceof DOMException && e.name === 'AbortError') return;
    throw e;
  });
}

function clearLocalStorage(): void {
  const keys: string[] = [];
  for (let i = 0; i < localStorage.length; i++) {
    const k = localStorage.key(i);
    if (k !== null && !keepsStorageKey(k)) keys.push(k);
  }
  keys.forEach((k) => localStorage.removeItem(k));
}
