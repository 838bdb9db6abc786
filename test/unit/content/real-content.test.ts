import { describe, expect, it } from 'vitest';
import { compileContent } from '../../../src/build/content/compile';
import { formatContentError } from '../../../src/build/content/errors';

describe('the real content/ folder', { timeout: 60_000 }, () => {
  it('compiles with no errors', () => {
    const { errors } = compileContent(process.cwd());
    expect(errors.map(formatContentError)).toEqual([]);
  });
});
