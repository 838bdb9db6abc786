// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TargetPicker, type PickedTarget, type TargetOptions } from '../../../src/app/screens/posters/target-picker';

const t = (key: string) => key;
const none: TargetOptions = { tutorials: [], steps: [], provinces: [], points: [] };

function show(target: PickedTarget, options: TargetOptions = none) {
  const onChange = vi.fn();
  const root = document.createElement('div');
  document.body.append(root);
  render(<TargetPicker target={target} onChange={onChange} options={options} invalid={false} t={t} />, root);
  return { root, onChange };
}

function type(input: HTMLInputElement | null, value: string) {
  if (!input) throw new Error('no input');
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('TargetPicker', () => {
  it('offers every kind of target', () => {
    const { root } = show({ kind: 'home' });
    expect([...root.querySelectorAll<HTMLInputElement>('input[type=radio]')].map((r) => r.value)).toEqual([
      'home',
      'checker',
      'guide',
      'guideStep',
      'place',
      'path',
    ]);
  });

  it('falls back to typing ids when the content lists nothing', () => {
    const { root, onChange } = show({ kind: 'guideStep', tutorial: 'activate' });
    expect(root.querySelector('select')).toBeNull();
    type(root.querySelector('#poster-step'), 'otp');
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'guideStep', tutorial: 'activate', step: 'otp' });
  });

  it('lists tutorials, and points by province, when the content has them', () => {
    const options: TargetOptions = {
      tutorials: [{ id: 'activate', label: 'Kích hoạt' }],
      steps: [],
      provinces: [{ id: 'hcm', label: 'TP. Hồ Chí Minh' }],
      points: [{ id: 'ca-p5', label: 'Công an phường 5' }],
    };
    expect(show({ kind: 'guide' }, options).root.querySelector('#poster-tutorial')?.tagName).toBe('SELECT');
    document.body.innerHTML = '';
    const place = show({ kind: 'place' }, options);
    expect(place.root.querySelector('#poster-province')?.tagName).toBe('SELECT');
    expect(place.root.querySelector('#poster-point')).toBeNull(); // a province first
    document.body.innerHTML = '';
    const chosen = show({ kind: 'place', province: 'hcm' }, options);
    expect([...chosen.root.querySelectorAll('#poster-point option')].map((o) => o.getAttribute('value'))).toEqual(['', 'ca-p5']);
  });

  it('changing the tutorial clears the step', () => {
    const { root, onChange } = show({ kind: 'guideStep', tutorial: 'activate', step: 'otp' });
    type(root.querySelector('#poster-tutorial'), 'install');
    expect(onChange).toHaveBeenLastCalledWith({ kind: 'guideStep', tutorial: 'install', step: undefined });
  });
});
