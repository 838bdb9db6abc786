import { describe, expect, it } from 'vitest';
import { chooseVietnameseVoice, isVietnameseVoice, utteranceChunks, type VoiceLike } from '../../../src/platform/speech/voice';

const voice = (lang: string, name: string, localService = true, isDefault = false): VoiceLike => ({
  lang,
  name,
  localService,
  default: isDefault,
});

describe('read aloud only with a Vietnamese voice', () => {
  it('recognises Vietnamese voices by their language tag', () => {
    expect(['vi-VN', 'vi_VN', 'vi', 'VI-vn'].map((lang) => isVietnameseVoice(voice(lang, 'x')))).toEqual([true, true, true, true]);
    expect(['en-US', 'en-GB', 'vie', 'fil-PH', ''].map((lang) => isVietnameseVoice(voice(lang, 'x')))).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  it('finds none on a device with only English voices (the control is then hidden)', () => {
    expect(chooseVietnameseVoice([voice('en-US', 'Samantha', true, true), voice('en-GB', 'Daniel')])).toBeUndefined();
    expect(chooseVietnameseVoice([])).toBeUndefined();
  });

  it('prefers a voice on the device (works offline) over a network voice', () => {
    const network = voice('vi-VN', 'Google Tiếng Việt', false, true);
    const local = voice('vi-VN', 'Linh', true);
    expect(chooseVietnameseVoice([voice('en-US', 'Alex', true, true), network, local])?.name).toBe('Linh');
    expect(chooseVietnameseVoice([voice('en-US', 'Alex'), network])?.name).toBe('Google Tiếng Việt');
  });
});

describe('utterances', () => {
  it('splits a script at sentence ends and keeps each chunk short', () => {
    const chunks = utteranceChunks('Mở ứng dụng. Bấm Đăng nhập! Nhập mã OTP… Xong', 25);
    expect(chunks).toEqual(['Mở ứng dụng.', 'Bấm Đăng nhập!', 'Nhập mã OTP… Xong']);
    expect(utteranceChunks('   ')).toEqual([]);
  });
});
