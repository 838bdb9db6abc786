/**
 * Headers on every page and API response. The CSP has no 'unsafe-inline' (the build emits no inline
 * script or style). script-, style-, connect-, font-, worker-, frame- and manifest-src are not written
 * out: they fall back to default-src 'self', which says the same in fewer bytes (headers travel in the
 * first round trip, docs/decisions/0023-gzip-first-round-trip.md).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "img-src 'self' data: blob:",
  "media-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  // Never tell maps or app stores which screen a person came from.
  'Referrer-Policy': 'no-referrer',
  // No X-Frame-Options: frame-ancestors 'none' says it to every browser that runs this app's module
  // scripts. Camera and location need no entry: 'self' is their default, and the CSP lets no other
  // origin's frame in; what this app never uses is switched off.
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'microphone=(), payment=(), usb=()',
};

/**
 * Scripts, styles and data under /assets/ are never rendered as documents, so page policies (CSP,
 * framing, referrer, permissions) mean nothing on them; nosniff does (a script must be a script).
 */
export const ASSET_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
};
