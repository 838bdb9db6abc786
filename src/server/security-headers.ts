/**
 * Headers on every page and API response. The CSP has no 'unsafe-inline' (the build emits no inline
 * script or style); camera and location are allowed for this origin only (card QR reading, nearest
 * point). script-, style-, connect-, font-, worker- and manifest-src are not written out: they fall
 * back to default-src 'self', which says the same in fewer bytes (headers travel in the first round trip).
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
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(self), geolocation=(self), microphone=(), payment=(), usb=()',
};

/**
 * Scripts, styles and data under /assets/ are never rendered as documents, so page policies (CSP,
 * framing, referrer, permissions) mean nothing on them; nosniff does (a script must be a script).
 */
export const ASSET_HEADERS: Readonly<Record<string, string>> = {
  'X-Content-Type-Options': 'nosniff',
};
