import type { LocalizedText } from '../../core/i18n/languages';
import { hasBalancedEmphasis } from '../../core/tutorials/text';
import type { FileReport } from './report';

type Path = readonly (string | number)[];

// Letters that only Vietnamese with its accents (dấu) uses: a text of several words with none of them
// was most likely typed without accents, or is not Vietnamese at all.
const VIETNAMESE_MARKS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/i;
const MIN_WORDS_FOR_ACCENT_CHECK = 4;

/** Checks that the Vietnamese text is written with its accents and that `**labels**` are closed. */
export function checkLocalizedText(r: FileReport, text: LocalizedText | undefined, at: Path, field: string): void {
  if (!text) return;
  const words = text.vi
    .replace(/\*\*/g, '')
    .split(/\s+/)
    .filter((w) => /\p{L}{2,}/u.test(w));
  if (words.length >= MIN_WORDS_FOR_ACCENT_CHECK && !VIETNAMESE_MARKS.test(text.vi)) {
    r.error(at, `${field}.vi`, 'Vietnamese without accents', 'Vietnamese written with its accents (dấu), e.g. "Kích hoạt tài khoản"');
  }
  for (const lang of ['vi', 'en'] as const) {
    const value = text[lang];
    if (value !== undefined && !hasBalancedEmphasis(value)) {
      r.error(at, `${field}.${lang}`, 'an odd number of **', 'each **button label** opened and closed');
    }
  }
}

// OTP (mã OTP), password (mật khẩu), passcode: the three secrets scammers ask for by phone.
const SECRET_WORDS = /(^|[^\p{L}])(otp|mật khẩu|passcode)(?=$|[^\p{L}])/iu;

/** The first secret a text mentions ("OTP", "mật khẩu", "passcode"), if any. */
export function mentionedSecret(texts: readonly (LocalizedText | undefined)[]): string | undefined {
  for (const t of texts) {
    const m = t && SECRET_WORDS.exec(t.vi);
    if (m) return m[2];
  }
  return undefined;
}
