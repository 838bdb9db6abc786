import { expect, test, type Page } from '@playwright/test';
import { screen, VIETNAMESE_LETTERS } from './support/screen';

// Pre-rendered first screens (src/app/prerender.tsx, decision 0039): the server sends the page's
// markup, the browser paints it before any script runs, and the app then renders over the same
// nodes: nothing removed, nothing moved, the same text, and the buttons work.

const PAGES = [
  { path: '/', id: 'home' },
  { path: '/kiem-tra', id: 'checker' },
  { path: '/huong-dan', id: 'guides' },
  { path: '/huong-dan/activate', id: 'guide' },
  { path: '/huong-dan/activate/otp', id: 'guideStep' },
  { path: '/diem', id: 'places' },
  { path: '/rieng-tu', id: 'privacy' },
  // Rendered by the server when asked for, with the data a phone would load now (point-pages/).
  { path: '/diem/hcm-cho-quan', id: 'place' },
] as const;

/** The screen's words; on a point, without the line that says whether it is open this minute. */
const wordsOf = (page: Page, id: string): Promise<string> =>
  page.locator('main').evaluate((main, id) => {
    const copy = main.cloneNode(true) as HTMLElement;
    if (id === 'place') copy.querySelector('.result-status')?.remove();
    return copy.textContent ?? '';
  }, id);

/** Records, from before the page's first byte, every element removed under #app and every layout shift. */
async function watchThePage(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { removedElements: string[]; shifts: number };
    w.removedElements = [];
    w.shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.shifts += (e as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
    new MutationObserver((records) => {
      for (const r of records) {
        // A step's illustration is markup set as HTML: the app sets it again, the same drawing in
        // the same box (aria-hidden; nothing around it moves, which the layout-shift check holds).
        if ((r.target as Element).closest?.('[data-illustration]')) continue;
        for (const n of r.removedNodes) if (n.nodeType === 1) w.removedElements.push((n as Element).outerHTML.slice(0, 80));
      }
    }).observe(document, { childList: true, subtree: true });
  });
}

/** Holds the entry script back until the returned function is called: what shows meanwhile is the HTML alone. */
async function holdTheEntry(page: Page): Promise<() => void> {
  let release: () => void = () => {};
  const held = new Promise<void>((r) => (release = r));
  await page.route(/\/assets\/index-[^/]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

for (const lang of ['vi', 'en'] as const) {
  test.describe(`browser in ${lang}`, () => {
    test.use({ locale: lang === 'en' ? 'en-US' : 'vi-VN' });

    for (const { path, id } of PAGES) {
      test(`${path} paints from its HTML and the app takes it over without moving a node`, async ({ page, request }) => {
        // What the server sends: the screen's markup in the browser's language, before any script.
        const html = await (await request.get(path, { headers: { 'Accept-Language': lang === 'en' ? 'en-US,en' : 'vi-VN,vi' } })).text();
        expect(html).toContain(`<div id="app" data-prerendered="${lang}">`);
        expect(html).toContain(`data-screen="${id}"`);
        expect(html).toContain(`<html lang="${lang}">`);

        await watchThePage(page);
        // The scripts are held back until the pre-rendered page is checked: what shows is the HTML alone.
        const release = await holdTheEntry(page);
        // Not 'domcontentloaded': it waits for the held module script.
        await page.goto(path, { waitUntil: 'commit' });
        const prerendered = page.locator(`#app[data-prerendered="${lang}"] main[data-screen="${id}"] h1`);
        await expect(prerendered).toBeVisible();
        // Read the page as it paints: with its stylesheets applied (a layout query does not wait for
        // them the way the first paint does; the fresh-clone run read a finder without its styles once).
        await page.waitForFunction(() =>
          [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((l) => l.sheet !== null),
        );
        const before = await prerendered.textContent();
        // In the page's language: a point's name is Vietnamese in either, its section headings are not.
        const words = id === 'place' ? await page.locator('main h2').first().textContent() : before;
        if (lang === 'vi') expect(words).toMatch(VIETNAMESE_LETTERS);
        else expect(words).not.toMatch(VIETNAMESE_LETTERS);
        const bodyBefore = await wordsOf(page, id);
        const titleBefore = await page.title();
        release();

        await expect(screen(page, id)).toBeVisible();
        await expect(page.locator('html')).toHaveAttribute('lang', lang);
        expect(await page.title()).toBe(titleBefore); // the build titled the page as the app does
        // The same words (the privacy screen adds this phone's own state: counts waiting to be sent).
        if (id === 'privacy') expect(await page.locator('main h1').textContent()).toBe(before);
        else expect(await wordsOf(page, id)).toBe(bodyBefore);
        const { removedElements, shifts } = await page.evaluate(() => {
          const w = window as unknown as { removedElements: string[]; shifts: number };
          return { removedElements: w.removedElements, shifts: w.shifts };
        });
        expect(removedElements).toEqual([]);
        expect(shifts).toBe(0);
      });
    }
  });
}

test("a pre-rendered page's scripts are fetched after it has painted, and its policy lets them run", async ({ page }) => {
  // Counted in the page from before its first byte: frames rendered with the pre-rendered markup
  // when the first module script appears, and any CSP refusal.
  await page.addInitScript(() => {
    const w = window as unknown as { framesBeforeScripts: number | null; refused: string[] };
    w.framesBeforeScripts = null;
    w.refused = [];
    let frames = 0;
    const tick = () => {
      if (document.querySelector('#app[data-prerendered] main')) frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    new MutationObserver(() => {
      if (w.framesBeforeScripts === null && document.querySelector('script[type="module"], link[rel="modulepreload"]'))
        w.framesBeforeScripts = frames;
    }).observe(document, { childList: true, subtree: true });
    document.addEventListener('securitypolicyviolation', (e) => w.refused.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto('/huong-dan/activate/otp');
  await expect(screen(page, 'guideStep')).toBeVisible();
  const { framesBeforeScripts, refused } = await page.evaluate(() => {
    const w = window as unknown as { framesBeforeScripts: number | null; refused: string[] };
    return { framesBeforeScripts: w.framesBeforeScripts, refused: w.refused };
  });
  expect(framesBeforeScripts).toBeGreaterThanOrEqual(1);
  expect(refused).toEqual([]);
});

test('a tap on a button before the app is live is not lost: the app taps it again once live', async ({ page }) => {
  const release = await holdTheEntry(page);
  await page.goto('/huong-dan/activate/otp', { waitUntil: 'commit' });
  const prerendered = page.locator('#app[data-prerendered] main[data-screen="guideStep"]');
  const position = await prerendered.locator('[data-step-position]').getAttribute('data-step-position');
  await prerendered.locator('[data-action="step-done"]').click();
  await expect(page).toHaveURL(/\/activate\/otp$/); // nothing yet: no script has run
  release();
  await expect(screen(page, 'guideStep').locator('[data-step-position]')).not.toHaveAttribute('data-step-position', position ?? '');
  await expect(page).not.toHaveURL(/\/activate\/otp$/);
});

test('a search typed and sent before the app is live is not lost: the app searches it once live', async ({ page }) => {
  const release = await holdTheEntry(page);
  await page.goto('/diem', { waitUntil: 'commit' });
  const box = page.locator('#app[data-prerendered] main[data-screen="places"]').getByRole('searchbox');
  await box.fill('Bỉm Sơn, Thanh Hóa');
  await box.press('Enter');
  await expect(page).toHaveURL(/\/diem$/); // held: the form did not reload the page
  release();
  await expect(screen(page, 'places').locator('[data-point-id="th-bim-son"]')).toBeVisible();
  await expect(screen(page, 'places').getByRole('searchbox')).toHaveValue('Bỉm Sơn, Thanh Hóa');
});

test('a link tapped before the app is live is followed by the app once live (which counts the tap)', async ({ page }) => {
  const release = await holdTheEntry(page);
  await page.goto('/kiem-tra', { waitUntil: 'commit' });
  const answer = page.locator('#app[data-prerendered] [data-question] [data-answer]').first();
  await answer.click();
  await expect(page).toHaveURL(/\/kiem-tra$/); // held, not followed by the browser
  await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
  release();
  await expect(page).not.toHaveURL(/\/kiem-tra$/);
  await expect(screen(page, 'checker')).toBeVisible();
  // The same document: the app followed the link (and ran its handler), not the browser.
  expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true);
});

test('the app is live over the pre-rendered step: "done" goes to the next step', async ({ page }) => {
  await page.goto('/huong-dan/activate/otp');
  const step = screen(page, 'guideStep');
  await expect(step).toBeVisible();
  const position = await step.locator('[data-step-position]').getAttribute('data-step-position');
  await step.locator('[data-action="step-done"]').click();
  await expect(step.locator('[data-step-position]')).not.toHaveAttribute('data-step-position', position ?? '');
});

test.describe('browser in English, Vietnamese chosen on this phone', () => {
  test.use({ locale: 'en-US' });
  test('a saved language the server could not see replaces the pre-rendered page', async ({ page }) => {
    await page.addInitScript(() => localStorage.setItem('vneid-guide:settings', JSON.stringify({ lang: 'vi' })));
    const response = await page.goto('/kiem-tra');
    // The server could only see the browser's English.
    expect(await response?.text()).toContain('data-prerendered="en"');
    const heading = screen(page, 'checker').getByRole('heading', { level: 1 });
    await expect(heading).toHaveText(VIETNAMESE_LETTERS);
    await expect(page.locator('html')).toHaveAttribute('lang', 'vi');
    await expect(page.locator('main')).toHaveCount(1);
  });
});

test('a page whose query changes what it shows is not pre-rendered; a poster tag is', async ({ request }) => {
  const answers = await (await request.get('/diem?q=bim+son')).text();
  expect(answers).toContain('<div id="app"></div>');
  const poster = await (await request.get('/diem?src=poster-01')).text();
  expect(poster).toContain('data-prerendered="vi"');
});
