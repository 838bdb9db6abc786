import { afterEach, describe, expect, it, vi } from 'vitest';
import { NOTICE_DOC_FORMAT, type NoticeDoc } from '../../../src/core/notices/notice';
import { openPointPages, type PointPages, type PointPageSources } from '../../../src/server/point-pages/point-page-renderer';

// The server's side of a point page rendered when asked for (point-pages/): which page it asks
// the render worker for, when it keeps one, and that a failing or slow render never fails the
// page (it goes without markup, as before). The worker thread is real; the app's bundle is a
// stand-in that says what it was asked (fixtures/render-bundle.mjs).

const WORKER = new URL('./fixtures/render-worker-boot.mjs', import.meta.url);
const BUNDLE = new URL('./fixtures/render-bundle.mjs', import.meta.url);

const doc = (texts: string[]): NoticeDoc => ({
  format: NOTICE_DOC_FORMAT,
  province: 'ho-chi-minh',
  generated: new Date().toISOString(), // differs each time: a page must not be rendered again for it
  notices: texts.map((text, i) => ({ id: i, area: '79', areaName: 'TP', text, from: '2020-01-01', until: '2099-01-01', by: 'an' })),
  daysOff: [],
});

let pages: PointPages | undefined;
afterEach(async () => {
  vi.useRealTimers();
  await pages?.close();
});

function open(state: { version: number; notices: string[] }): PointPages {
  const sources: PointPageSources = {
    pack: async () => (state.version ? { version: state.version, text: `v${state.version}` } : undefined),
    notices: async () => doc(state.notices),
  };
  pages = openPointPages(sources, BUNDLE, WORKER);
  return pages;
}

describe('point pages rendered by the server', () => {
  it('renders with what is published now, and keeps a page until what it shows changes', async () => {
    const state = { version: 0, notices: [] as string[] };
    const p = open(state);
    const first = await p.page('cho-quan', 'vi', 'Mozilla/5.0 (Linux; Android 10)');
    expect(first?.html).toBe('<main>cho-quan vi ua= pack=- notices=0 render=1</main>');
    // Same point, language and data in the same minute: the kept page, not a second render.
    expect((await p.page('cho-quan', 'vi', 'Mozilla/5.0 (Linux; Android 13)'))?.html).toContain('render=1');
    // A new publication, a new notice, another language, an iPhone: each a page of its own.
    state.version = 1;
    expect((await p.page('cho-quan', 'vi', ''))?.html).toBe('<main>cho-quan vi ua= pack=v1 notices=0 render=2</main>');
    state.notices = ['Nghỉ chiều thứ Sáu'];
    expect((await p.page('cho-quan', 'vi', ''))?.html).toContain('notices=1 render=3');
    expect((await p.page('cho-quan', 'en', ''))?.html).toContain('cho-quan en');
    // Only "an iPhone" reaches the renderer, not the browser's whole User-Agent.
    expect((await p.page('cho-quan', 'vi', 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0)'))?.html).toContain('ua=iPhone pack=v1');
  });

  it('renders again the next minute: the hours say whether it is open now', async () => {
    const p = open({ version: 1, notices: [] });
    vi.useFakeTimers({ toFake: ['Date'], now: new Date('2026-12-02T01:00:10Z') });
    expect((await p.page('cho-quan', 'vi', ''))?.html).toContain('render=1');
    vi.setSystemTime(new Date('2026-12-02T01:00:50Z'));
    expect((await p.page('cho-quan', 'vi', ''))?.html).toContain('render=1');
    vi.setSystemTime(new Date('2026-12-02T01:01:00Z'));
    expect((await p.page('cho-quan', 'vi', ''))?.html).toContain('render=2');
  });

  it('sends no markup for an unknown point, a render that fails or one that takes too long', async () => {
    const p = open({ version: 0, notices: [] });
    const errors = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(await p.page('no-such-point', 'vi', '')).toBeUndefined();
    expect(await p.page('broken', 'vi', '')).toBeUndefined();
    expect(errors).toHaveBeenCalledWith(expect.stringContaining('broken (vi) did not render: the screen threw'));
    const started = Date.now();
    expect(await p.page('slow', 'vi', '')).toBeUndefined();
    expect(Date.now() - started).toBeLessThan(4000); // not the 5 s the render takes
    // The worker still renders the next page.
    expect((await p.page('cho-quan', 'vi', ''))?.html).toContain('cho-quan vi');
    errors.mockRestore();
  });
});
