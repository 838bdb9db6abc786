import { describe, expect, it } from 'vitest';
import { wordingCollection, wordingProblems } from '../../../src/build/content/wording';

describe('one term per thing in Vietnamese texts', () => {
  it('refuses the other words for a web link, with the word to use', () => {
    expect(wordingProblems('Sao chép đường dẫn').map((p) => [p.found, p.use])).toEqual([['đường dẫn', 'đường link']]);
    expect(wordingProblems('Liên kết thiết lập').map((p) => p.found)).toEqual(['Liên kết']);
    expect(wordingProblems('Mở ki-ốt').map((p) => p.use)).toEqual(['kiosk']);
  });

  it("keeps the VNeID app's own button name for unlinking a device", () => {
    expect(wordingProblems('bấm **Hủy liên kết** máy cũ, rồi hủy liên kết máy đã mượn')).toEqual([]);
    expect(wordingProblems('Hủy liên kết máy, rồi mở liên kết')).toHaveLength(1);
  });

  it('the content as shipped uses one term per thing', () => {
    expect(wordingCollection.compile('.').errors).toEqual([]);
  });
});
