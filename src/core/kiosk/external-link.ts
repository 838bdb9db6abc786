/**
 * Links that would leave the app on a shared tablet: a phone call, a map, an app store, another
 * website. A kiosk cannot call anyone and must not open other apps for the next visitor to find,
 * so it shows such a link as a QR code the visitor scans with their own phone.
 */
export type ExternalKind = 'call' | 'message' | 'email' | 'map' | 'store' | 'web' | 'unavailable';

export interface ExternalLink {
  kind: ExternalKind;
  /** What the QR code holds (absent when the link cannot be carried to a phone, e.g. a file). */
  qrText?: string;
  /** What to print under the code for a person: the number, the site's name. */
  shown: string;
}

const MAP_HOSTS = ['maps.google.com', 'maps.app.goo.gl', 'maps.apple.com', 'www.openstreetmap.org', 'openstreetmap.org'];
const STORE_HOSTS = ['play.google.com', 'apps.apple.com', 'itunes.apple.com'];

function hostOf(url: string): string | null {
  const m = /^https?:\/\/(?:[^@/?#]*@)?([^/?#:]+)/i.exec(url);
  return m ? m[1]!.toLowerCase() : null;
}

function pathOf(url: string): string {
  return /^https?:\/\/[^/?#]+(\/[^?#]*)?/i.exec(url)?.[1] ?? '/';
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * Classifies an absolute link (an anchor's resolved `href`). Null: it stays in the app (same
 * origin), let it be. `appOrigin` is like "https://huongdan.example.vn".
 */
export function classifyLink(href: string, appOrigin: string): ExternalLink | null {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  if (!scheme) return null; // relative: resolved by the browser before it gets here
  switch (scheme) {
    case 'tel': {
      const number = decode(href.slice(4)).replace(/[^0-9+]/g, '');
      return number ? { kind: 'call', qrText: `tel:${number}`, shown: number } : { kind: 'unavailable', shown: '' };
    }
    case 'sms':
      return { kind: 'message', qrText: href, shown: decode(href.slice(4).split('?')[0] ?? '') };
    case 'mailto':
      return { kind: 'email', qrText: href, shown: decode(href.slice(7).split('?')[0] ?? '') };
    case 'geo':
      return { kind: 'map', qrText: href, shown: decode(href.slice(4).split('?')[0] ?? '') };
    case 'market': {
      // market://details?id=com.vnid: phones' cameras open a web link more reliably.
      const id = /[?&]id=([^&#]+)/.exec(href)?.[1];
      return id
        ? { kind: 'store', qrText: `https://play.google.com/store/apps/details?id=${id}`, shown: 'play.google.com' }
        : { kind: 'unavailable', shown: '' };
    }
    case 'itms-apps':
    case 'itms-appss':
      return { kind: 'store', qrText: href.replace(/^itms-apps?s?:/i, 'https:'), shown: 'apps.apple.com' };
    case 'http':
    case 'https': {
      if (href.toLowerCase().startsWith(appOrigin.toLowerCase() + '/') || href.toLowerCase() === appOrigin.toLowerCase()) return null;
      const host = hostOf(href) ?? '';
      const path = pathOf(href);
      if (STORE_HOSTS.includes(host)) return { kind: 'store', qrText: href, shown: host };
      if (
        MAP_HOSTS.includes(host) ||
        (/(^|\.)google\.[a-z.]+$/.test(host) && path.startsWith('/maps')) ||
        (host === 'goo.gl' && path.startsWith('/maps'))
      )
        return { kind: 'map', qrText: href, shown: host };
      return { kind: 'web', qrText: href, shown: host };
    }
    default:
      // blob: (a calendar file), data:, javascript:, app schemes: nothing a phone could open from a QR.
      return { kind: 'unavailable', shown: '' };
  }
}
