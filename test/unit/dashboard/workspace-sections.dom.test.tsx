// @vitest-environment happy-dom
import { options, render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Workspace } from '../../../src/dashboard/workspace';

afterEach(() => {
  document.body.innerHTML = '';
  options.requestAnimationFrame = undefined;
  vi.unstubAllGlobals();
});

describe("the dashboard's sections", () => {
  it('opens the section tapped between the first render and its effects (no hash change lost)', async () => {
    vi.stubGlobal('fetch', async () => new Response(JSON.stringify({ error: 'not_found' }), { status: 404 }));
    // Preact runs effects after the next frame: hold them, as a loaded phone does.
    const frames: (() => void)[] = [];
    options.requestAnimationFrame = (run) => frames.push(run);
    const root = document.createElement('div');
    document.body.append(root);
    render(<Workspace me={{ name: 'doi-06', scope: '79' }} onOut={() => {}} />, root);
    const link = root.querySelector<HTMLAnchorElement>('nav a[href="#diem"]')!;
    // The tap: the hash changes and its event goes out with no one listening yet.
    const changed = new Promise((r) => addEventListener('hashchange', r, { once: true }));
    location.hash = '#diem';
    await changed;
    for (const run of frames.splice(0)) run();
    await vi.waitFor(() => expect(link.getAttribute('aria-current')).toBe('page'));
  });
});
