/**
 * Tutorial ids agreed with the checker (its outcomes link to /huong-dan/<id>), and printed on
 * posters as QR codes: an id, once published, never changes. The content build fails when one of
 * these has no file, so a link from the checker or a poster can never lead nowhere.
 */
export const TUTORIAL_IDS = [
  'install',
  'register-level1',
  'activate',
  'level2-police',
  'portal-login',
  'add-documents',
  'child-account',
  'fix-problems',
  'change-phone',
] as const;

export type AgreedTutorialId = (typeof TUTORIAL_IDS)[number];

/** The tutorial whose steps are the fixes that "I'm stuck" leads to (khắc phục sự cố). */
export const FIX_TUTORIAL_ID: AgreedTutorialId = 'fix-problems';

/**
 * Tutorial and step ids are short lower-case slugs: they are URL segments (/huong-dan/activate/otp)
 * that must stay readable when spoken and small inside a QR code.
 */
export const SLUG = /^[a-z0-9][a-z0-9-]{0,31}$/;

export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && SLUG.test(value);
}
