import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('the deployment section of the README', () => {
  it('shows deploy/Caddyfile exactly as shipped (the file the HTTPS proxy test runs)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const shown = /```caddyfile\n([\s\S]*?)```/.exec(readme)?.[1];
    expect(shown).toBe(readFileSync('deploy/Caddyfile', 'utf8'));
  });
});
