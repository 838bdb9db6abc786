import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScreenRegistry } from '../../../src/build/route-preloads';
import { ROUTES } from '../../../src/core/routes';

describe('route preloads read the screen registry', () => {
  it('finds every route, its lazy module and its namespaces', () => {
    const screens = readScreenRegistry(resolve('src/app/screens/registry.ts'));
    expect(Object.keys(screens).sort()).toEqual(Object.keys(ROUTES).sort());
    for (const [id, s] of Object.entries(screens)) {
      if (id === 'home') {
        expect(s.module, 'home ships with the entry').toBe('');
        continue;
      }
      expect(
        ['.ts', '.tsx'].some((ext) => existsSync(s.module + ext)),
        `${id}: ${s.module}`,
      ).toBe(true);
      expect(s.namespaces.length, id).toBeGreaterThan(0);
    }
    expect(screens.checker?.namespaces).toEqual(['checker', 'source']);
  });
});
