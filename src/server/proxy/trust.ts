import { BlockList, isIP } from 'node:net';
import { StartupError } from '../ops/startup-problem';

/**
 * Which reverse proxies the server believes (TRUST_PROXY). Forwarded headers are read only as far
 * as trusted proxies wrote them; a client can put anything in them, so nothing else is read.
 * - none (unset or 0): the socket's peer is the client; X-Forwarded-* headers are ignored.
 * - hops (1, 2 ...): that many proxies stand in front of the server, which is reachable only through
 *   them (HOST=127.0.0.1 or a private address). The client is the address the outermost proxy saw:
 *   the X-Forwarded-For entry `hops` from the right (the socket's peer counting as the last entry).
 * - addresses ("127.0.0.1, ::1, 10.0.0.0/8"): proxies known by address. Forwarded headers count only
 *   when the socket's peer is one of them; walking X-Forwarded-For from the right, the first address
 *   that is not a trusted proxy is the client.
 */
export type ProxyTrust = { kind: 'none' } | { kind: 'hops'; hops: number } | { kind: 'addresses'; list: BlockList; description: string };

export const NO_PROXY: ProxyTrust = { kind: 'none' };

const HOPS = /^\d{1,2}$/;

/** Reads TRUST_PROXY; throws a one-line message saying what is wrong and what is expected. */
export function parseTrustProxy(value: string | undefined): ProxyTrust {
  const text = (value ?? '').trim();
  if (text === '' || text === '0') return NO_PROXY;
  if (HOPS.test(text)) return { kind: 'hops', hops: Number(text) };
  const list = new BlockList();
  for (const raw of text.split(',')) {
    const entry = raw.trim();
    const [address, bits, extra] = entry.split('/');
    const family = isIP(address ?? '');
    const prefix = Number(bits);
    const maxBits = family === 6 ? 128 : 32;
    if (family === 0 || extra !== undefined || (bits !== undefined && !(Number.isInteger(prefix) && prefix >= 0 && prefix <= maxBits)))
      throw new StartupError(
        `TRUST_PROXY: found ${JSON.stringify(entry)}, expected a number of proxies (1) or proxy addresses such as 127.0.0.1, ::1, 10.0.0.0/8`,
      );
    const type = family === 6 ? 'ipv6' : 'ipv4';
    if (bits === undefined) list.addAddress(address!, type);
    else list.addSubnet(address!, prefix, type);
  }
  return { kind: 'addresses', list, description: text };
}

/** "::ffff:127.0.0.1" (an IPv4 client on a dual-stack socket) is 127.0.0.1. */
function plain(address: string): string {
  return address.startsWith('::ffff:') && isIP(address.slice(7)) === 4 ? address.slice(7) : address;
}

function trusted(list: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && list.check(address, family === 6 ? 'ipv6' : 'ipv4');
}

/** What the server can know about where a request came from. */
export interface RequestSource {
  /** The client's address (for rate limits only: hashed, in memory, never stored). */
  client: string;
  /** Whether a trusted proxy passed the request on (then its X-Forwarded-* headers count). */
  viaProxy: boolean;
}

/**
 * The client behind the proxies. `peer` is the socket's remote address; `forwardedFor` the
 * X-Forwarded-For header (entries appended by each proxy, so the right end is the nearest one).
 */
export function requestSource(trust: ProxyTrust, peer: string, forwardedFor: string | undefined): RequestSource {
  const socket = plain(peer);
  if (trust.kind === 'none') return { client: socket, viaProxy: false };
  const chain = (forwardedFor ?? '')
    .split(',')
    .map((s) => plain(s.trim()))
    .filter(Boolean);
  if (trust.kind === 'hops') {
    const all = [...chain, socket];
    return { client: all[Math.max(0, all.length - 1 - trust.hops)]!, viaProxy: true };
  }
  if (!trusted(trust.list, socket)) return { client: socket, viaProxy: false };
  for (let i = chain.length - 1; i >= 0; i--) if (!trusted(trust.list, chain[i]!)) return { client: chain[i]!, viaProxy: true };
  return { client: chain[0] ?? socket, viaProxy: true };
}

/**
 * The origin the browser used (`https://guide.example.vn`): the request's own URL, or, from a
 * trusted proxy, the scheme and host it says the browser asked for (X-Forwarded-Proto and
 * X-Forwarded-Host or Host). The first entry is the outermost proxy's: the one the browser reached.
 */
export function publicOrigin(requestUrl: string, viaProxy: boolean, header: (name: string) => string | undefined): string {
  const own = new URL(requestUrl);
  if (!viaProxy) return own.origin;
  const first = (name: string) => header(name)?.split(',')[0]?.trim() || undefined;
  const proto = first('x-forwarded-proto')?.toLowerCase();
  const scheme = proto === 'https' || proto === 'http' ? proto : own.protocol.slice(0, -1);
  const host = first('x-forwarded-host') ?? header('host') ?? own.host;
  try {
    return new URL(`${scheme}://${host}`).origin;
  } catch {
    return own.origin; // a host no URL can hold: compare with the server's own view
  }
}
