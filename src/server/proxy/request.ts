import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';
import { publicOrigin, requestSource, type ProxyTrust, type RequestSource } from './trust';

function peerAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown'; // not on a Node socket (in-process tests)
  }
}

function source(c: Context, trust: ProxyTrust): RequestSource {
  return requestSource(trust, peerAddress(c), c.req.header('x-forwarded-for'));
}

/** The client's address, used only as a rate-limit key (hashed, in memory, never stored). */
export function clientAddress(c: Context, trust: ProxyTrust): string {
  return source(c, trust).client;
}

/** The origin the browser used, for same-origin checks (see publicOrigin). */
export function requestOrigin(c: Context, trust: ProxyTrust): string {
  return publicOrigin(c.req.url, source(c, trust).viaProxy, (name) => c.req.header(name));
}

/** Whether the browser reached the server over HTTPS (directly or through a trusted proxy). */
export function isHttps(c: Context, trust: ProxyTrust): boolean {
  return requestOrigin(c, trust).startsWith('https:');
}
