// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Tutorial } from '../../../src/core/tutorials/types';
import { makeTutorial } from './fixtures';

// The step screen's behaviour, with texts left as their keys (no wording in assertions), the
// tutorials module and the count module replaced. IndexedDB is absent here: progress lives in memory.

const count = vi.fn();
vi.mock('../../../src/app/count', () => ({ count: (...args: unknown[]) => count(...args) }));

const library = new Map<string, Tutorial>();
vi.mock('virtual:content/tutorials', () => ({
  tutorials: [],
  loadTutorial: (id: string) => Promise.resolve(library.get(id)),
}));

const { GuideStepScreen } = await import('../../../src/app/screens/guides/step-screen');
const { RouteContext } = await import('../../../src/app/router');

library.set('fix-problems', makeTutorial('fix-problems', ['f1', 'f2', 'f3']));
const guide = (id: string) => makeTutorial(id, ['a', 'b', 'c'], [{}, { fixes: ['f1', 'f2'] }, { fixes: ['f3'] }]);

async function show(tutorial: string, step: string, search = '') {
  const root = document.createElement('div');
  document.body.append(root);
  history.replaceState(null, '', `/huong-dan/${tutorial}/${step}${search}`);
  const route = { id: 'guideStep' as const, params: { tutorial, step }, query: new URLSearchParams(search), path: location.pathname };
  await act(async () => {
    render(
      <RouteContext.Provider value={route}>
        <GuideStepScreen />
      </RouteContext.Provider>,
      root,
    );
  });
  await act(() => new Promise((r) => setTimeout(r, 0)));
  return root;
}

const button = (root: HTMLElement, key: string) =>
  [...root.querySelectorAll('button')].find((b) => b.textContent === key) ?? (null as unknown as HTMLButtonElement);

async function click(el: HTMLElement) {
  await act(async () => el.click());
  await act(() => new Promise((r) => setTimeout(r, 0)));
}

beforeEach(() => count.mockClear());
afterEach(() => {
  document.body.innerHTML = '';
});

describe('the step screen', () => {
  it('counts a start on the first visit only, and "I did this" moves to the next step', async () => {
    library.set('t1', guide('t1'));
    const root = await show('t1', 'b');
    expect(root.textContent).toContain('tutorials.step.position');
    expect(count.mock.calls).toEqual([['tutorial_start', 't1']]);
    await click(button(root, 'tutorials.step.did'));
    expect(count.mock.calls.slice(1)).toEqual([['tutorial_step_done', 't1/b']]);
    expect(location.pathname).toBe('/huong-dan/t1/c');
    count.mockClear();
    await show('t1', 'c');
    expect(count).not.toHaveBeenCalled();
  });

  it('"I\'m stuck" with several fixes lists them, each keeping the way back', async () => {
    library.set('t2', guide('t2'));
    const root = await show('t2', 'b');
    await click(button(root, 'tutorials.step.stuck'));
    expect(count).toHaveBeenCalledWith('tutorial_stuck', 't2/b');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.stuck-choices li a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      '/huong-dan/fix-problems/f1?tu=t2%2Fb',
      '/huong-dan/fix-problems/f2?tu=t2%2Fb',
      '/huong-dan/fix-problems?tu=t2%2Fb',
    ]);
  });

  it('"I\'m stuck" with one fix still asks: that fix, another problem, the hotline; the step stays', async () => {
    library.set('t3', guide('t3'));
    const root = await show('t3', 'c');
    await click(button(root, 'tutorials.step.stuck'));
    expect(location.pathname).toBe('/huong-dan/t3/c');
    const links = [...root.querySelectorAll<HTMLAnchorElement>('.stuck-choices li a')].map((a) => a.getAttribute('href'));
    expect(links).toEqual(['/huong-dan/fix-problems/f3?tu=t3%2Fc', '/huong-dan/fix-problems?tu=t3%2Fc']);
    expect(root.querySelector('.stuck-choices a[href^="tel:"]')).not.toBeNull();
  });

  it('finishing the last step counts the finish once and shows the end', async () => {
    library.set('t4', guide('t4'));
    const root = await show('t4', 'c');
    await click(button(root, 'tutorials.step.did'));
    expect(count.mock.calls.filter(([e]) => e === 'tutorial_finish')).toEqual([['tutorial_finish', 't4']]);
    expect(root.querySelector('#finished-title')?.textContent).toBe('tutorials.finish.title');
    expect(button(root, 'tutorials.step.did')).toBeNull();
  });

  it('a fix opened from a step returns there when done, and offers the way back', async () => {
    library.set('t5', guide('t5'));
    const root = await show('fix-problems', 'f1', '?tu=t5/b');
    expect(root.querySelector('.back-to a')?.getAttribute('href')).toBe('/huong-dan/t5/b');
    // Next and Back inside the fixes would lead into other, unrelated fixes: not offered.
    expect(root.querySelector('.step-next')).toBeNull();
    await click(button(root, 'tutorials.step.did'));
    expect(location.pathname).toBe('/huong-dan/t5/b');
  });

  it('shows the anti-scam warning only on flagged steps', async () => {
    library.set('t6', makeTutorial('t6', ['a', 'b'], [{ scamWarning: true }]));
    expect((await show('t6', 'a')).textContent).toContain('tutorials.scam.title');
    expect((await show('t6', 'b')).textContent).not.toContain('tutorials.scam.title');
  });
});
