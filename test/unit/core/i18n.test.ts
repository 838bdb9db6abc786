import { describe, expect, it } from 'vitest';
import { chooseLanguage, pick } from '../../../src/core/i18n/languages';
import { placeholders, translate } from '../../../src/core/i18n/messages';

describe('chooseLanguage', () => {
  it('prefers the URL, then the saved choice, then the browser, then Vietnamese', () => {
    expect(chooseLanguage('en', 'vi', ['vi-VN'])).toBe('en');
    expect(chooseLanguage(null, 'en', ['vi-VN'])).toBe('en');
    expect(chooseLanguage(null, undefined, ['fr-FR', 'en-US'])).toBe('en');
    expect(chooseLanguage('xx', 'yy', ['fr'])).toBe('vi');
  });
});

describe('translate', () => {
  const vi = { 'a.hello': 'Chào {name}', 'a.only': 'Chỉ tiếng Việt' };
  const en = { 'a.hello': 'Hello {name}' };
  it('fills placeholders, falls back per key to Vietnamese, then shows the key', () => {
    expect(translate('a.hello', en, vi, { name: 'Lan' })).toBe('Hello Lan');
    expect(translate('a.only', en, vi)).toBe('Chỉ tiếng Việt');
    expect(translate('a.missing', en, vi)).toBe('a.missing');
  });
  it('leaves unknown placeholders visible rather than blank', () => {
    expect(translate('a.hello', en, vi, {})).toBe('Hello {name}');
  });
  it('lists placeholders for translation checks', () => {
    expect(placeholders('{b} and {a}')).toEqual(['a', 'b']);
  });
  it('picks localized content text with fallback', () => {
    expect(pick({ vi: 'Xin chào' }, 'en')).toBe('Xin chào');
    expect(pick({ vi: 'Xin chào', en: 'Hello' }, 'en')).toBe('Hello');
  });
});
