import { describe, expect, it } from 'vitest';
import { hasBalancedEmphasis, plainText, speechScript, textParts } from '../../../src/core/tutorials/text';
import { makeTutorial } from './fixtures';

describe('button labels in bold', () => {
  it('splits **labels** out of the text', () => {
    expect(textParts('Bấm **Gửi yêu cầu** rồi chờ.')).toEqual([
      { text: 'Bấm ', strong: false },
      { text: 'Gửi yêu cầu', strong: true },
      { text: ' rồi chờ.', strong: false },
    ]);
    expect(textParts('**Mở**')).toEqual([{ text: 'Mở', strong: true }]);
  });

  it('knows when a label is left open', () => {
    expect(hasBalancedEmphasis('a **b** c')).toBe(true);
    expect(hasBalancedEmphasis('a **b c')).toBe(false);
  });

  it('drops the stars for speech', () => {
    expect(plainText('Bấm **Mở**.')).toBe('Bấm Mở.');
  });
});

describe('read aloud script', () => {
  const labels = { see: 'Bạn sẽ thấy:', tips: 'Mẹo:', scam: 'Cảnh giác lừa đảo.' };

  it('reads title, text, what to see and tips, in the chosen language, without stars', () => {
    const step = makeTutorial('x', ['otp'], [{ tips: [{ vi: 'Chờ 3 phút' }] }]).steps[0]!;
    const vi = speechScript(step, 'vi', labels);
    expect(vi).toBe('Bước otp. Làm otp. Bạn sẽ thấy: Màn hình. Mẹo: Chờ 3 phút.');
    expect(speechScript(step, 'en', { see: 'You should see:', tips: 'Tips:' })).toContain('Step otp. Do otp.');
  });

  it('adds the anti-scam warning only on flagged steps', () => {
    const [plain, flagged] = makeTutorial('x', ['a', 'b'], [{}, { scamWarning: true }]).steps;
    expect(speechScript(plain!, 'vi', labels)).not.toContain('lừa đảo');
    expect(speechScript(flagged!, 'vi', labels)).toMatch(/Cảnh giác lừa đảo\.$/);
  });
});
