import { describe, expect, it } from 'vitest';
import en from '../../../content/locales/en/privacy.json';
import vi from '../../../content/locales/vi/privacy.json';
import { COUNTER_KEYS } from '../../../src/core/counts/batch';
import { COUNTED_LINES, COUNTED_WITH_LINES, EVENT_DISCLOSED_AS, FIELD_DISCLOSED_AS } from '../../../src/core/counts/disclosure';
import { COUNT_EVENT_NAMES, isCountEvent } from '../../../src/core/counts/vocabulary';

/** Nothing can be counted without the privacy screen saying so (/rieng-tu, src/app/screens/privacy). */
describe('what the privacy screen discloses', () => {
  it('names the line of every event the collector accepts', () => {
    const undisclosed = COUNT_EVENT_NAMES.filter((e) => !Object.hasOwn(EVENT_DISCLOSED_AS, e));
    expect(undisclosed).toEqual([]);
    // …and of nothing the collector refuses (a line for an event that no longer exists would mislead).
    expect(Object.keys(EVENT_DISCLOSED_AS).filter((e) => !isCountEvent(e))).toEqual([]);
  });

  it('names the line of every field a counter carries besides the count itself', () => {
    const fields = [...COUNTER_KEYS].filter((k) => !['event', 'param', 'n'].includes(k));
    expect(fields.filter((f) => !Object.hasOwn(FIELD_DISCLOSED_AS, f))).toEqual([]);
  });

  it('has a text for each line, in Vietnamese and English, and no text for a line nothing uses', () => {
    expect(Object.keys(vi.counted).sort()).toEqual([...COUNTED_LINES].sort());
    expect(Object.keys(en.counted).sort()).toEqual([...COUNTED_LINES].sort());
    expect(Object.keys(vi.with).sort()).toEqual([...COUNTED_WITH_LINES].sort());
    expect(Object.keys(en.with).sort()).toEqual([...COUNTED_WITH_LINES].sort());
  });
});
