import { describe, expect, it } from 'vitest';
import { localityWithin, parseScope, scopeContains, scopeCovers, scopeKind } from '../../../src/core/organizers/scope';

describe('organizer scopes', () => {
  it('reads admin, a province and a commune, and nothing else', () => {
    expect(parseScope('admin')).toBe('*');
    expect(parseScope(' 79 ')).toBe('79');
    expect(parseScope('79-26734')).toBe('79-26734');
    for (const bad of ['', 'Q5', '7', '79-2673', '79/26734', '**']) expect(parseScope(bad), bad).toBeNull();
    expect(['*', '79', '79-26734'].map(scopeKind)).toEqual(['admin', 'province', 'commune']);
  });

  it('covers only localities inside it', () => {
    expect(scopeCovers('*', '01-00004')).toBe(true);
    expect(scopeCovers('79', '79-26734')).toBe(true);
    expect(scopeCovers('79', '79')).toBe(true);
    expect(scopeCovers('79', '01-00004')).toBe(false);
    expect(scopeCovers('79', '7')).toBe(false);
    expect(scopeCovers('79-26734', '79-26734')).toBe(true);
    expect(scopeCovers('79-26734', '79')).toBe(false); // a commune never reads its whole province
    expect(scopeCovers('79-26734', '79-26735')).toBe(false);
    expect(scopeContains('79', '79-26734')).toBe(true);
    expect(scopeContains('79', '*')).toBe(false);
  });

  it('narrows a request to the scope, or refuses it', () => {
    expect(localityWithin('*', undefined)).toBeUndefined();
    expect(localityWithin('79', undefined)).toBe('79');
    expect(localityWithin('79', '79-26734')).toBe('79-26734');
    expect(localityWithin('79', '01')).toBeNull();
    expect(localityWithin('79-26734', '79')).toBeNull();
  });
});
