// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { PLACE_METRICS } from '../../../src/core/counts/metrics';
import type { PlaceRow, PlaceTablePage } from '../../../src/core/counts/dashboard-view';
import { PlaceTable } from '../../../src/dashboard/place-table';

const row = (locality: string): PlaceRow =>
  ({ locality, channel: 'phone', source: '', ...Object.fromEntries(PLACE_METRICS.map((m) => [m, 1])) }) as PlaceRow;
const filter = { from: '2025-01-01', to: '2025-12-31' };

afterEach(() => {
  document.body.innerHTML = '';
  vi.unstubAllGlobals();
});

const localities = (root: HTMLElement) => [...root.querySelectorAll('tbody tr')].map((tr) => tr.getAttribute('data-locality'));

describe('PlaceTable', () => {
  it('shows a page of the table and asks the server for the next and previous pages', async () => {
    const asked: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string) => {
        asked.push(url);
        const offset = Number(new URL(url, 'http://x').searchParams.get('offset') ?? 0);
        const page: PlaceTablePage = { rows: offset ? [row('79-00500')] : [row('01-00001'), row('01-00002')], offset, total: 501 };
        return new Response(JSON.stringify(page), { status: 200 });
      }),
    );
    const root = document.createElement('div');
    document.body.append(root);
    const first: PlaceTablePage = { rows: [row('01-00001'), row('01-00002')], offset: 0, total: 501 };
    render(<PlaceTable page={first} filter={filter} onOut={() => {}} />, root);
    expect(localities(root)).toEqual(['01-00001', '01-00002']);
    const pager = root.querySelector<HTMLElement>('nav.pager')!;
    expect(pager.dataset.total).toBe('501');
    expect(root.querySelector<HTMLButtonElement>('[data-page=previous]')!.disabled).toBe(true);

    root.querySelector<HTMLButtonElement>('[data-page=next]')!.click();
    await vi.waitFor(() => expect(localities(root)).toEqual(['79-00500']));
    expect(asked[0]).toContain('offset=500');
    expect(root.querySelector<HTMLElement>('nav.pager')!.dataset.offset).toBe('500');
    expect(root.querySelector<HTMLButtonElement>('[data-page=next]')!.disabled).toBe(true);

    root.querySelector<HTMLButtonElement>('[data-page=previous]')!.click();
    await vi.waitFor(() => expect(localities(root)).toEqual(['01-00001', '01-00002']));
  });

  it('shows no pager when the whole table fits one page', () => {
    const root = document.createElement('div');
    document.body.append(root);
    render(<PlaceTable page={{ rows: [row('01-00001')], offset: 0, total: 1 }} filter={filter} onOut={() => {}} />, root);
    expect(localities(root)).toEqual(['01-00001']);
    expect(root.querySelector('nav.pager')).toBeNull();
  });
});
