import { describe, expect, it } from 'vitest';
import { normalizeSourceTag, readSourceTag, SOURCE_TAG_MAX } from '../../../src/core/share/source-tag';

describe('normalizeSourceTag', () => {
  it('keeps valid tags and lower-cases ASCII letters', () => {
    expect(normalizeSourceTag('chung-cu-a')).toBe('chung-cu-a');
    expect(normalizeSourceTag('Kiosk-NVH-3')).toBe('kiosk-nvh-3');
    expect(normalizeSourceTag('0')).toBe('0');
    expect(normalizeSourceTag('x'.repeat(SOURCE_TAG_MAX))).toBe('x'.repeat(24));
  });

  it.each([
    ['empty', ''],
    ['too long by one', 'x'.repeat(25)],
    ['very long', 'a'.repeat(10_000)],
    ['space', 'chung cu'],
    ['leading space', ' poster'],
    ['underscore', 'to_1'],
    ['dot', 'a.b'],
    ['markup', '<script>alert(1)</script>'],
    ['a phone number', 'sdt-0912345678'],
    ['an ID number', '001090123456'],
    ['quote', 'a"onmouseover="x'],
    ['percent', 'a%20b'],
    ['slash', '../../x'],
    ['Vietnamese letters', 'phường-5'],
    ['Kelvin sign (lower-cases to k)', '\u212Aiosk'],
    ['dotted capital I', '\u0130'],
    ['fullwidth letters', 'ｐｏｓｔｅｒ'],
    ['NUL', 'a\u0000b'],
    ['newline', 'a\nb'],
    ['zero-width space', 'a\u200Bb'],
  ])('drops %s', (_, raw) => {
    expect(normalizeSourceTag(raw)).toBeNull();
  });

  it('drops values that are not strings', () => {
    for (const raw of [undefined, null, 12, ['a'], { toString: () => 'a' }]) expect(normalizeSourceTag(raw)).toBeNull();
  });
});

describe('readSourceTag', () => {
  it('reads and checks ?src= from a query', () => {
    expect(readSourceTag(new URLSearchParams('src=Poster-1&a=x'))).toBe('poster-1');
    expect(readSourceTag(new URLSearchParams('src=%3Cb%3E'))).toBeNull();
    expect(readSourceTag(new URLSearchParams('a=x'))).toBeNull();
  });
});
