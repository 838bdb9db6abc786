import { describe, expect, it } from 'vitest';
import en from 'virtual:content/locale/en/checker';
import vi from 'virtual:content/locale/vi/checker';
import type { Lang } from '../../../src/core/i18n/languages';
import { translate, type Messages } from '../../../src/core/i18n/messages';
import type { Translate } from '../../../src/app/i18n';
import { plural } from '../../../src/app/plural';

const tFor =
  (primary: Messages): Translate =>
  (key, params) =>
    translate(key, primary, vi, params);
const waiting = (lang: Lang, days: number, primary: Messages = lang === 'en' ? en : vi) =>
  plural(tFor(primary), lang, 'checker.result.waitingDays', days, { days });

describe('plural texts', () => {
  it('picks the English form by number: 1 working day, 3 working days', () => {
    expect(waiting('en', 1)).toBe('At most 1 working day');
    expect(waiting('en', 3)).toBe('At most 3 working days');
    expect(waiting('en', 7)).toBe('At most 7 working days');
  });

  it('uses the one Vietnamese form for every number', () => {
    expect(waiting('vi', 1)).toBe('Tối đa 1 ngày làm việc');
    expect(waiting('vi', 7)).toBe('Tối đa 7 ngày làm việc');
  });

  it('falls back to the Vietnamese text when the English table lacks it', () => {
    expect(waiting('en', 1, {})).toBe('Tối đa 1 ngày làm việc');
  });
});
