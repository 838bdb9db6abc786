/**
 * The localStorage key of the kiosk flag (platform/kiosk/kiosk-flag.ts). In core so the main bundle
 * (src/app/main.tsx reads it before the first paint), the flag's own module and the wipe's keep-list
 * name one key: a renamed key cannot leave a kiosk that wipes its own flag.
 */
export const KIOSK_FLAG_KEY = 'vneid-guide:kiosk';
