import { isLang, type Lang } from '../core/i18n/languages';

/**
 * Display preferences, kept in localStorage: they must be read synchronously before the first
 * paint (no flash of small text), and they say nothing about the person.
 */
export interface Settings {
  lang?: Lang;
  largeText: boolean;
  highContrast: boolean;
}

const KEY = 'vneid-guide:settings';

export function readSettings(): Settings {
  try {
    const raw: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    const o = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {};
    return {
      lang: isLang(o.lang) ? o.lang : undefined,
      largeText: o.largeText === true,
      highContrast: o.highContrast === true,
    };
  } catch {
    // Storage blocked (private mode) or corrupted: defaults, never a blank page.
    return { largeText: false, highContrast: false };
  }
}

export function writeSettings(settings: Settings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(settings));
  } catch {
    // Not saved is acceptable: the choice still applies for this visit.
  }
}

/** Puts the display classes on <html>, where the CSS reads them. */
export function applySettings(settings: Settings, root: HTMLElement = document.documentElement): void {
  root.classList.toggle('large-text', settings.largeText);
  root.classList.toggle('high-contrast', settings.highContrast);
}
