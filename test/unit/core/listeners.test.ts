import { describe, expect, it } from 'vitest';
import { createListeners } from '../../../src/core/listeners';

describe('createListeners', () => {
  it('tells every listener, with the arguments, until it is removed', () => {
    const heard: string[] = [];
    const changes = createListeners<string>();
    const stopA = changes.add((s) => heard.push(`a:${s}`));
    changes.add((s) => heard.push(`b:${s}`));
    changes.notify('one');
    stopA();
    changes.notify('two');
    expect(heard).toEqual(['a:one', 'b:one', 'b:two']);
  });

  it('keeps separate stores apart', () => {
    const first = createListeners();
    const second = createListeners();
    let calls = 0;
    first.add(() => calls++);
    second.notify();
    expect(calls).toBe(0);
  });
});
