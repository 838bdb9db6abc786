import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

/**
 * Organizer passwords, hashed with scrypt (node:crypto) and a random salt. The stored form names
 * its parameters, so they can be raised later without breaking existing accounts:
 * `scrypt$N$r$p$salt$hash` (salt and hash in base64url).
 */
const PARAMS = { N: 16384, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export const PASSWORD_MIN_LENGTH = 10;

function derive(password: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(password.normalize('NFC'), salt, KEY_LENGTH, { ...opts, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await derive(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join('$');
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [kind, n, r, p, salt, hash] = stored.split('$');
  if (kind !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const key = await derive(password, Buffer.from(salt, 'base64url'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** A hash of a password nobody knows: checked for unknown names so they take as long as known ones. */
export const DUMMY_HASH_PROMISE: Promise<string> = hashPassword(randomBytes(24).toString('base64url'));

/** Organizer names are labels such as "doi06-q5", not personal names. */
const NAME = /^[a-z0-9][a-z0-9._-]{1,31}$/;

export function normalizeOrganizerName(raw: string): string | null {
  const name = raw.trim().toLowerCase();
  return NAME.test(name) ? name : null;
}

export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `a password of at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > 200) return 'a password of at most 200 characters';
  return null;
}
