import { ROUTES } from '../../../core/routes';

/** The kiosk path and query a scanned setup QR points to, or null when it is no setup link of this app. */
export function setupTarget(text: string, origin: string): string | null {
  let url: URL;
  try {
    url = new URL(text, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || url.pathname !== ROUTES.kiosk || !url.searchParams.has('setup')) return null;
  return url.pathname + url.search;
}
