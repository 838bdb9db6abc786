import type { Page } from '@playwright/test';

/**
 * Counts waiting on the device (open counters + sealed batches), read from IndexedDB. Reads only a
 * database the app made: opening it first would create it empty at version 1, and the app's own
 * open (also version 1) would then never create its stores. With `only`, just the counters of that
 * event (and parameter): a total can stay level while one count is added and an earlier batch,
 * already on its way, is delivered.
 */
export function pendingOnDevice(page: Page, only?: { event: string; param?: string }): Promise<number> {
  return page.evaluate(
    (only) =>
      new Promise<number>((resolve, reject) => {
        void indexedDB.databases().then((list) => {
          if (list.some((d) => d.name === 'vneid-counts')) read();
          else resolve(0);
        }, reject);
        const read = () => {
          const open = indexedDB.open('vneid-counts');
          open.onerror = () => reject(open.error);
          open.onsuccess = () => {
            const db = open.result;
            if (!db.objectStoreNames.contains('counters')) return resolve(0);
            const tx = db.transaction(['counters', 'outbox']);
            const counters = tx.objectStore('counters').getAll();
            const outbox = tx.objectStore('outbox').getAll();
            tx.oncomplete = () => {
              type Counter = { event: string; param: string; n: number };
              const wanted = (c: Counter) => !only || (c.event === only.event && (only.param === undefined || c.param === only.param));
              let n = 0;
              for (const c of counters.result as { row: Counter }[]) if (wanted(c.row)) n += c.row.n;
              for (const b of outbox.result as { counters: Counter[] }[]) for (const c of b.counters) if (wanted(c)) n += c.n;
              db.close();
              resolve(n);
            };
          };
        };
      }),
    only,
  );
}

/** Waits for the service worker to control the page, so the app works offline. */
export async function installServiceWorker(page: Page): Promise<void> {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, { timeout: 20_000 });
}
