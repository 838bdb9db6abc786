import { KIOSK_FLAG_KEY } from './flag-key';

/**
 * What "forget the visitor" (xóa dữ liệu của người dùng trước) covers on a kiosk, written down once
 * so the platform's wipe can be checked against it. The rule is deny-by-default: every database
 * and every stored key goes, except a short list kept on purpose, each with its reason. A store a
 * later feature adds is therefore wiped without anyone remembering to add it here.
 */
export const WIPE_STEPS = [
  /** Share, QR and warning dialogs: closed first, so nothing of the visit stays on screen. */
  'dialogs',
  /** Tutorial progress (the tutorials' own store, memory copy included). */
  'tutorial-progress',
  /** Every IndexedDB database not in KEPT_DATABASES: cleared store by store. */
  'databases',
  /** sessionStorage: all of it (a visit's source tag, anything a screen kept for the tab). */
  'session-storage',
  /** localStorage: every key not in KEPT_STORAGE_KEYS. */
  'local-storage',
  /** Display settings back to the kiosk's: its language, large text, normal contrast. */
  'display-settings',
  /**
   * The page's memory: checker answers on screen, anything read from a card's QR code, a typed
   * place, component and module state. Only a reload forgets all of it, including what a later
   * feature keeps in memory, so the wipe ends with one.
   */
  'page-memory',
  /**
   * The tab's history: entries cannot be deleted, so every page load of a kiosk opens the attract
   * screen (src/app/main.tsx) and starts with a wipe unless it came from one; a page restored from
   * the back-forward cache after a wipe reloads. Back never shows an earlier visitor's page.
   */
  'history',
] as const;
export type WipeStep = (typeof WIPE_STEPS)[number];

/** IndexedDB databases a wipe keeps, and why. */
export const KEPT_DATABASES: Readonly<Record<string, string>> = {
  'vneid-kiosk': "the kiosk's own configuration: it must survive every visitor and reboot",
  'vneid-counts': 'anonymous counts not yet delivered: no visitor can be told apart in them',
};

/** localStorage keys a wipe keeps (display settings are rewritten, not kept). */
export const KEPT_STORAGE_KEYS: readonly string[] = [
  /** The kiosk flag; its value is the current visit's stamp (core/kiosk/visit.ts). */
  KIOSK_FLAG_KEY,
];

export function keepsDatabase(name: string): boolean {
  return Object.prototype.hasOwnProperty.call(KEPT_DATABASES, name);
}

export function keepsStorageKey(key: string): boolean {
  return KEPT_STORAGE_KEYS.includes(key);
}
