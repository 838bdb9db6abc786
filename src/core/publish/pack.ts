import type { MobileSession, RegistrationPoint } from '../points/types';

/**
 * A province's published points and sessions as phones receive them. The server signs the exact
 * text of the pack (ECDSA P-256, SHA-256, signature as r||s, what WebCrypto verifies); the app
 * refuses a pack whose signature does not verify with the key it pinned.
 */
export const PACK_FORMAT = 'vneid-points-pack/1';

export interface PointsPack {
  format: typeof PACK_FORMAT;
  province: string;
  /** 1, 2, 3… per province; a roll-back is a new, higher version with older content. */
  version: number;
  /** ISO time of publishing. */
  published: string;
  /** The organizer account that published it. */
  organizer: string;
  note: string;
  points: RegistrationPoint[];
  sessions: MobileSession[];
}

/** What the server sends: the pack's text and its signature over the UTF-8 bytes of that text. */
export interface SignedPack {
  pack: string;
  /** base64url of the 64-byte r||s signature. */
  signature: string;
  /** Which key signed it: the base64url SHA-256 of the public key's raw bytes, first 16 characters. */
  keyId: string;
}

export function isSignedPack(x: unknown): x is SignedPack {
  const o = x as SignedPack;
  return !!o && typeof o.pack === 'string' && typeof o.signature === 'string' && typeof o.keyId === 'string';
}

/** The pack inside verified text, when it is one (shape only; the signature was checked before). */
export function readPack(text: string, province: string): PointsPack | undefined {
  let p: PointsPack;
  try {
    p = JSON.parse(text) as PointsPack;
  } catch {
    return undefined;
  }
  if (!p || p.format !== PACK_FORMAT || p.province !== province || !Number.isInteger(p.version)) return undefined;
  if (!Array.isArray(p.points) || !Array.isArray(p.sessions) || typeof p.published !== 'string') return undefined;
  return p;
}
