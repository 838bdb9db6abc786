import { isSignedPack, readPack, type PointsPack } from '../../core/publish/pack';

/** The public key as the server gives it (/api/points/key). */
export interface PackKey {
  keyId: string;
  jwk: JsonWebKey;
}

export function isPackKey(x: unknown): x is PackKey {
  const k = x as PackKey;
  return !!k && typeof k.keyId === 'string' && !!k.jwk && (k.jwk as { crv?: string }).crv === 'P-256';
}

function fromBase64url(s: string): Uint8Array<ArrayBuffer> {
  const b = atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4));
  const out = new Uint8Array(b.length);
  for (let i = 0; i < b.length; i++) out[i] = b.charCodeAt(i);
  return out;
}

/**
 * The pack inside a signed envelope when its signature verifies with `key` (WebCrypto ECDSA P-256,
 * SHA-256) and it is a pack of `province`; undefined for anything else: a changed phone number, an
 * address, a date, or another province's pack.
 */
export async function verifiedPack(envelope: unknown, key: PackKey, province: string): Promise<PointsPack | undefined> {
  const text = await verifiedText(envelope, key);
  return text === undefined ? undefined : readPack(text, province);
}

/** The text of a signed envelope (a points pack, a notices document) when its signature verifies with `key`. */
export async function verifiedText(envelope: unknown, key: PackKey): Promise<string | undefined> {
  if (!isSignedPack(envelope)) return undefined;
  try {
    const k = await crypto.subtle.importKey('jwk', key.jwk, { name: 'ECDSA', namedCurve: 'P-256' }, false, ['verify']);
    const ok = await crypto.subtle.verify(
      { name: 'ECDSA', hash: 'SHA-256' },
      k,
      fromBase64url(envelope.signature),
      new TextEncoder().encode(envelope.pack),
    );
    return ok ? envelope.pack : undefined;
  } catch {
    return undefined;
  }
}
