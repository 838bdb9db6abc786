import { createContext } from 'preact';
import type { Settings } from '../platform/settings-store';

export interface SettingsApi {
  settings: Settings;
  /** Changes and saves display settings; a language change re-renders in the new language. */
  update(change: Partial<Settings>): void;
}

export const SettingsContext = createContext<SettingsApi>({
  settings: { largeText: false, highContrast: false },
  update: () => undefined,
});
