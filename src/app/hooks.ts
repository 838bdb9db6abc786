import { useContext } from 'preact/hooks';
import { I18nContext, type Translate } from './i18n';
import { RouteContext, type CurrentRoute } from './router';
import { SettingsContext, type SettingsApi } from './settings';
import type { Lang } from '../core/i18n/languages';

// Hooks for screens. Kept apart from the main bundle on purpose: the shell and home screen use no
// hooks, so preact/hooks loads only with the first lazy screen (see docs/decisions/0005).

export function useT(): Translate {
  return useContext(I18nContext).t;
}

export function useLang(): Lang {
  return useContext(I18nContext).lang;
}

export function useRoute(): CurrentRoute {
  return useContext(RouteContext);
}

export function useSettings(): SettingsApi {
  return useContext(SettingsContext);
}
