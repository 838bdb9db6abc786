import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './support/axe';
import { KIOSK_PIN, kioskSetupLink } from './support/kiosk';
import { decodeQrPng } from './support/qr';
import { screen, screenHeading } from './support/screen';

// Kiosk mode on a real tablet-sized screen, with Playwright's clock standing in for the minutes a
// visitor walks away: the idle warning, the wipe (screen, history and IndexedDB), a touch that
// cancels, the exit PIN, a refused setup link, and outside links shown as QR codes.

const PIN = KIOSK_PIN;
const setupLink = kioskSetupLink;

/** The attract screen between visitors (its ways in). */
const attractScreen = (page: Page) => screen(page, 'kiosk').locator('[data-kiosk-attract]');
const warning = (page: Page) => page.getByRole('alertdialog').and(page.locator('[data-dialog="idle-warning"]'));
const kioskBar = (page: Page) => page.getByRole('complementary').and(page.locator('[data-kiosk-bar]'));
/** One of the attract screen's ways in: start, checker, guides, places. */
const way = (page: Page, id: string) =>
  attractScreen(page)
    .getByRole('link')
    .and(page.locator(`[data-way="${id}"]`));
const button = (scope: Page | Locator, action: string) => scope.getByRole('button').and(scope.locator(`[data-action="${action}"]`));
/** The dialog showing an outside link of that kind (call, map, store…) as a QR code. */
const outsideLink = (page: Page, kind: string) =>
  page.getByRole('dialog').and(page.locator(`[data-dialog="outside-link"][data-kind="${kind}"]`));

async function setUpKiosk(page: Page): Promise<void> {
  await page.goto(setupLink());
  await button(screen(page, 'kiosk'), 'kiosk-enable').click();
  await expect(attractScreen(page)).toBeVisible();
  await expect(page.locator('html.kiosk-mode')).toHaveCount(1); // the runtime is running
}

/** A visitor's traces: answers in the checker's URL (two entries of history), and stored data. */
async function visitChecker(page: Page): Promise<void> {
  await way(page, 'checker').click();
  for (const _ of [1, 2]) {
    const question = page.locator('[data-question]');
    const asked = await question.getAttribute('data-question');
    const before = page.url();
    await question.locator('[data-answer]').first().click();
    await expect(page).not.toHaveURL(before);
    await expect(question).not.toHaveAttribute('data-question', asked ?? '');
  }
  await expect(page).toHaveURL(/[?&]a=/);
}

/** What another visitor's session leaves in storage: tutorial progress, a later feature's store, the tab's storage. */
function seedStoredTraces(): Promise<void> {
  return new Promise((resolve, reject) => {
    sessionStorage.setItem('visitor-note', 'x');
    const open = (name: string, store: string, keyPath?: string) =>
      new Promise<IDBDatabase>((res, rej) => {
        const r = indexedDB.open(name);
        r.onupgradeneeded = () => {
          if (!r.result.objectStoreNames.contains(store)) r.result.createObjectStore(store, keyPath ? { keyPath } : undefined);
        };
        r.onsuccess = () => res(r.result);
        r.onerror = () => rej(r.error);
      });
    const put = (db: IDBDatabase, store: string, value: unknown, key?: string) =>
      new Promise<void>((res, rej) => {
        const tx = db.transaction(store, 'readwrite');
        tx.objectStore(store).put(value, key);
        tx.oncomplete = () => (db.close(), res());
        tx.onerror = () => rej(tx.error);
      });
    void (async () => {
      const progress = await open('vneid-tutorial-progress', 'progress', 'tutorial');
      await put(progress, 'progress', { tutorial: 'activate', current: 'otp', done: ['start'], finished: false, updated: '2026-11-20' });
      const later = await open('a-later-feature', 'things');
      await put(later, 'things', { from: 'a card' }, 'x');
    })().then(resolve, reject);
  });
}

/** Records left in the visitor's stores, and the tab's storage. */
function storedTraces(): Promise<{ progress: number; later: number; session: string | null }> {
  const countAll = (name: string) =>
    new Promise<number>((resolve) => {
      const r = indexedDB.open(name);
      r.onsuccess = () => {
        const db = r.result;
        const stores = [...db.objectStoreNames];
        if (!stores.length) return (db.close(), resolve(0));
        const tx = db.transaction(stores, 'readonly');
        let n = 0;
        for (const s of stores) tx.objectStore(s).count().onsuccess = (e) => (n += (e.target as IDBRequest<number>).result);
        tx.oncomplete = () => (db.close(), resolve(n));
      };
      r.onerror = () => resolve(-1);
    });
  return Promise.all([countAll('vneid-tutorial-progress'), countAll('a-later-feature')]).then(([progress, later]) => ({
    progress,
    later,
    session: sessionStorage.getItem('visitor-note'),
  }));
}

test('a bad setup link is refused, saying what is wrong, and changes nothing', async ({ page }) => {
  await page.goto('/kiosk?setup=1&id=NVH%20KP3&lat=106.66&lng=10.75&pin=1234&idel=5');
  await expect(screenHeading(page, 'kiosk')).toBeVisible();
  const problems = page.getByRole('alert').locator('li');
  const found = await problems.evaluateAll((items) => items.map((li) => `${li.dataset.field}:${li.dataset.kind}`));
  expect(found.sort()).toEqual(['id:invalid', 'idel:unknown', 'lat:swapped', 'loc:missing', 'pin:plainPin'].sort());
  await expect(page.getByRole('alert')).not.toContainText('1234'); // a PIN in clear is never echoed
  await expect(button(page, 'kiosk-enable')).toHaveCount(0);
  expect(await page.evaluate(() => localStorage.getItem('vneid-guide:kiosk'))).toBeNull();
  await expectNoAxeViolations(page);
});

test('idle: the warning, then the visitor is wiped from the screen, the history and IndexedDB', async ({ page }) => {
  await page.clock.install();
  await setUpKiosk(page);
  await expect(page.locator('html')).toHaveClass(/large-text/);
  await expectNoAxeViolations(page);
  await visitChecker(page);
  await page.evaluate(seedStoredTraces);
  await expect(kioskBar(page)).toBeVisible();

  await page.clock.runFor(58_000);
  await expect(warning(page)).toHaveCount(0);
  await page.clock.runFor(3_000);
  await expect(warning(page)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.clock.runFor(20_000);
  await expect(attractScreen(page)).toBeVisible();
  expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/kiosk');
  await expect(page.locator('[data-answer]')).toHaveCount(0);
  expect(await page.evaluate(storedTraces)).toEqual({ progress: 0, later: 0, session: null });

  // Back leads to an entry of the previous visitor (its answers in the URL): the attract screen opens instead.
  // Watch every page from now on for the checker's answers, even for a moment.
  let sawAnswers = false;
  await page.exposeFunction('kioskTestSawAnswers', () => void (sawAnswers = true));
  await page.addInitScript(() => {
    new MutationObserver(() => {
      if (document.querySelector('[data-answer]')) (window as unknown as { kioskTestSawAnswers: () => void }).kioskTestSawAnswers();
    }).observe(document, { childList: true, subtree: true });
  });
  await page.evaluate(() => ((window as unknown as { beforeBack: boolean }).beforeBack = true));
  await page.goBack();
  // A real traversal happened: another document than the one the marker was set in.
  // (The page may reload once more while it wipes: an evaluation cut short counts as "not yet".)
  await expect.poll(() => page.evaluate(() => 'beforeBack' in window).catch(() => true)).toBe(false);
  await expect(attractScreen(page)).toBeVisible();
  expect(page.url()).not.toContain('a=');
  await expect(page.locator('[data-answer]')).toHaveCount(0);
  expect(sawAnswers).toBe(false);
});

test('a touch during the countdown cancels it and the visit goes on', async ({ page }) => {
  await page.clock.install();
  await setUpKiosk(page);
  await visitChecker(page);
  const answered = page.url();
  await page.clock.runFor(61_000);
  await expect(warning(page)).toBeVisible();
  await page.mouse.click(8, 8); // anywhere on the screen
  await expect(warning(page)).toHaveCount(0);
  await page.clock.runFor(30_000);
  await expect(warning(page)).toHaveCount(0);
  expect(page.url()).toBe(answered);
  // The idle time starts again from the touch.
  await page.clock.runFor(31_000);
  await expect(warning(page)).toBeVisible();
  await button(warning(page), 'continue').click();
  await expect(warning(page)).toHaveCount(0);
  expect(page.url()).toBe(answered);
});

test('links that would leave the app are shown as QR codes', async ({ page, context }) => {
  await setUpKiosk(page);
  await way(page, 'start').click();
  const before = page.url();

  await page.locator('.action-bar a[href^="tel:"]').click();
  const call = outsideLink(page, 'call');
  await expect(call).toBeVisible();
  const callQr = call.getByRole('img');
  await expect(callQr).toBeVisible();
  expect(await decodeQrPng(context, await callQr.screenshot())).toBe('tel:19000368');
  await expectNoAxeViolations(page);
  await button(call, 'close').click();
  await expect(call).toHaveCount(0);

  // A map and an app store link, as the point finder and the guides make them.
  const links = {
    map: 'https://www.google.com/maps/search/?api=1&query=10.757000,106.663000',
    store: 'https://play.google.com/store/apps/details?id=com.vnid',
  };
  await page.evaluate((l) => {
    const main = document.querySelector('main')!;
    for (const [name, href] of Object.entries(l)) {
      const a = document.createElement('a');
      a.href = href;
      a.textContent = `outside ${name}`;
      main.prepend(a);
    }
  }, links);
  await page.getByRole('link', { name: 'outside map' }).click();
  const map = outsideLink(page, 'map');
  await expect(map.getByRole('img')).toBeVisible();
  expect(await decodeQrPng(context, await map.getByRole('img').screenshot())).toBe(links.map);
  await page.keyboard.press('Escape');
  await expect(map).toHaveCount(0);
  await page.getByRole('link', { name: 'outside store' }).click();
  const store = outsideLink(page, 'store');
  expect(await decodeQrPng(context, await store.getByRole('img').screenshot())).toBe(links.store);
  expect(page.url()).toBe(before); // nothing left the app
  expect(context.pages()).toHaveLength(1);
});

test('leaving kiosk mode needs the PIN; the setup page never shows or stores it', async ({ page }) => {
  // An organizer makes the setup link on the device itself, through the form.
  await page.goto('/kiosk');
  const make = button(screen(page, 'kiosk'), 'make-setup-link');
  await expect(make).toBeVisible();
  await expectNoAxeViolations(page);
  /** A field of the setup form, by the setup link's parameter it fills. */
  const field = (name: string) => page.getByRole('textbox').and(page.locator(`[name="${name}"]`));
  await field('id').fill('nvh-kp3');
  await field('loc').fill('79');
  await field('lat').fill('10.757');
  await field('lng').fill('106.663');
  await page.locator('input[type="password"][name="pin"]').fill(PIN);
  const pin2 = page.locator('input[type="password"][name="pin2"]');
  await pin2.fill('2469');
  await make.click();
  await expect(page.getByRole('alert').locator('[data-field="pin2"]')).toBeVisible();
  await pin2.fill(PIN);
  await make.click();
  const made = page.locator('.kiosk-link');
  await expect(made).toContainText('/kiosk?setup=1');
  expect(await made.textContent()).not.toMatch(new RegExp(`pin=${PIN}(&|$)`));
  await page.getByRole('link').and(page.locator('[data-action="use-here"]')).click();
  const enable = button(screen(page, 'kiosk'), 'kiosk-enable');
  await expect(enable).toBeVisible();
  await expectNoAxeViolations(page);
  await enable.click();
  await expect(attractScreen(page)).toBeVisible();
  const stored = await page.evaluate(
    () =>
      new Promise<string>((resolve) => {
        const r = indexedDB.open('vneid-kiosk');
        r.onsuccess = () => {
          const get = r.result.transaction('config').objectStore('config').get('current');
          get.onsuccess = () => resolve(JSON.stringify(get.result));
        };
      }),
  );
  expect(stored).toContain('nvh-kp3');
  expect(stored).not.toMatch(new RegExp(`pin=${PIN}(&|"|$)`));

  await button(attractScreen(page), 'exit-kiosk').click();
  const exitForm = page.locator('form[data-pin="exit"]');
  const pin = exitForm.locator('input[type="password"]');
  await pin.fill('1357');
  await exitForm.getByRole('button').click();
  await expect(exitForm.getByRole('alert')).toHaveAttribute('data-problem', 'wrong');
  await expect(exitForm.getByRole('alert')).not.toBeEmpty();
  await expect(attractScreen(page)).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('vneid-guide:kiosk'))).not.toBeNull();

  await pin.fill(PIN);
  await exitForm.getByRole('button').click();
  await expect(page).toHaveURL(/\/$/);
  await expect(screenHeading(page, 'home')).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('vneid-guide:kiosk'))).toBeNull();
  await expect(page.locator('html.kiosk-mode')).toHaveCount(0);
  await expect(page.locator('html')).not.toHaveClass(/large-text/);
});

test('counts as channel "kiosk" with the kiosk id as source; "Xong" ends the visit at once', async ({ page, context }) => {
  type Counter = { event: string; channel: string; source?: string; locality?: string; hour?: number };
  const posted: Counter[] = [];
  await context.route('**/api/counts', async (route) => {
    posted.push(...((route.request().postDataJSON() as { counters: Counter[] }).counters ?? []));
    await route.continue();
  });
  await setUpKiosk(page);
  await way(page, 'start').click();
  await button(kioskBar(page), 'end-visit').click();
  await expect(attractScreen(page)).toBeVisible();

  /** Every counter the device made: still waiting in IndexedDB, or already posted. */
  const made = async (): Promise<Counter[]> => {
    const waiting = await page.evaluate(
      () =>
        new Promise<Counter[]>((resolve) => {
          const r = indexedDB.open('vneid-counts');
          r.onsuccess = () => {
            const db = r.result;
            if (!db.objectStoreNames.contains('counters')) return resolve([]);
            const tx = db.transaction(['counters', 'outbox']);
            const out: Counter[] = [];
            tx.objectStore('counters').getAll().onsuccess = (e) =>
              out.push(...(e.target as IDBRequest<{ row: Counter }[]>).result.map((c) => c.row));
            tx.objectStore('outbox').getAll().onsuccess = (e) =>
              out.push(...(e.target as IDBRequest<{ counters: Counter[] }[]>).result.flatMap((b) => b.counters));
            tx.oncomplete = () => resolve(out);
          };
          r.onerror = () => resolve([]);
        }),
    );
    return [...waiting, ...posted];
  };
  const kioskEvents = async () =>
    (await made())
      .filter((c) => c.channel === 'kiosk' && c.source === 'nvh-kp3' && c.locality === '79-26734' && typeof c.hour === 'number')
      .map((c) => c.event);
  await expect.poll(kioskEvents, { timeout: 15_000 }).toEqual(expect.arrayContaining(['kiosk_session_start', 'kiosk_reset']));
});
