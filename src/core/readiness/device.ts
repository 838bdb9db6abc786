/**
 * What the browser can tell about the phone, reduced to the few facts the readiness check needs.
 * Pure: the platform edge (src/platform/device-signals.ts) reads navigator and hands the strings in,
 * so every branch here is tested without a browser. Nothing here is personal data and none of it is
 * stored or sent: it lives as long as the screen that asked.
 */
export type Platform = 'android' | 'ios' | 'desktop' | 'unknown';

export interface DeviceSignals {
  platform: Platform;
  /** The OS major version when the browser tells it (Android 14 → 14, iOS 16.4 → 16). */
  osMajor?: number;
  /** Web NFC (NDEFReader) is present: on Android this means the phone has NFC. Absent says nothing. */
  webNfc: boolean;
  /** Storage quota the browser grants this site, in bytes: a rough hint of a nearly full phone. */
  storageQuota?: number;
}

/** User-Agent Client Hints, where the browser offers them (Chromium on Android and desktop). */
export interface ClientHints {
  platform?: string;
  platformVersion?: string;
  mobile?: boolean;
}

/**
 * Platform and OS version from client hints first (they are exact), then the User-Agent string.
 * Chromium freezes the Android version in the UA to "10", so the UA's Android version is used only
 * when it is not that frozen value.
 */
export function platformOf(userAgent: string, hints?: ClientHints): Pick<DeviceSignals, 'platform' | 'osMajor'> {
  const hinted = hints?.platform?.toLowerCase();
  if (hinted === 'android') return { platform: 'android', osMajor: major(hints?.platformVersion) };
  if (hinted === 'ios') return { platform: 'ios', osMajor: major(hints?.platformVersion) };
  if (hinted && ['windows', 'macos', 'linux', 'chrome os', 'chromeos'].includes(hinted) && hints?.mobile !== true) {
    return { platform: 'desktop' };
  }
  const ua = userAgent;
  const ios = /\b(iPhone|iPod|iPad)\b.*?\bOS (\d+)[_.]/.exec(ua);
  if (ios) return { platform: 'ios', osMajor: Number(ios[2]) };
  const android = /\bAndroid (\d+)(?:\.\d+)*[;)]/.exec(ua) ?? /\bAndroid\b/.exec(ua);
  if (android) {
    const version = android[1] === undefined ? undefined : Number(android[1]);
    // "Android 10; K" is Chromium's reduced UA: the real version is unknown.
    const reduced = /\bAndroid 10; K\)/.test(ua);
    return { platform: 'android', osMajor: reduced ? undefined : version };
  }
  if (/\b(Windows NT|Macintosh|X11|CrOS)\b/.test(ua) && !/\bMobile\b/.test(ua)) return { platform: 'desktop' };
  return { platform: 'unknown' };
}

function major(version: string | undefined): number | undefined {
  const m = /^(\d+)/.exec(version ?? '');
  if (!m) return undefined;
  const n = Number(m[1]);
  return n > 0 ? n : undefined;
}
