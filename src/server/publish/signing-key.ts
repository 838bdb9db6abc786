import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The key that signs published packs: ECDSA P-256, made on the first start and kept in the data
 * folder (DATA_DIR/pack-signing-key.pem, readable by the server's user only). Phones pin its
 * public key (docs/decisions: signed packs), so it must survive restarts and be the same file on
 * every instance of a deployment.
 */
export interface PackSigner {
  /** base64url of the r||s signature (ieee-p1363: what WebCrypto's ECDSA verify takes) over the UTF-8 text. */
  sign(text: string): string;
  keyId: string;
  /** The public key as a JWK, for /api/points/key. */
  publicJwk: { kty: string; crv: string; x: string; y: string };
}

export const KEY_FILE = 'pack-signing-key.pem';

export function openPackSigner(dataDir: string): PackSigner {
  const file = join(dataDir, KEY_FILE);
  if (dataDir === ':memory:') return signerOf(generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey);
  if (!existsSync(file)) {
    const key = generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey;
    mkdirSync(dataDir, { recursive: true });
    try {
      writeFileSync(file, key.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' });
    } catch (e) {
      // Another instance made it a moment ago: use theirs, so both sign with one key.
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
  }
  return signerOf(createPrivateKey(readFileSync(file, 'utf8')));
}

export function signerOf(privateKey: KeyObject): PackSigner {
  const jwk = createPublicKey(privateKey).export({ format: 'jwk' }) as { kty: string; crv: string; x: string; y: string };
  const publicJwk = { kty: jwk.kty, crv: jwk.crv, x: jwk.x, y: jwk.y };
  return {
    sign: (text) => sign('sha256', Buffer.from(text, 'utf8'), { key: privateKey, dsaEncoding: 'ieee-p1363' }).toString('base64url'),
    keyId: keyIdOf(publicJwk),
    publicJwk,
  };
}

/** A short name for a public key: the first 16 characters of the base64url SHA-256 of its x and y. */
export function keyIdOf(jwk: { x: string; y: string }): string {
  return createHash('sha256').update(`${jwk.x}.${jwk.y}`).digest('base64url').slice(0, 16);
}
