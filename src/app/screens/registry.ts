import type { FunctionComponent } from 'preact';
import type { RouteId } from '../../core/routes';
import type { Lang } from '../../core/i18n/languages';
import type { CurrentRoute } from '../router';
import { HomeScreen } from './home/home-screen';

export interface ScreenEntry {
  /** The screen's lazy chunk, and the data it shows first (so it paints complete, without a "loading" step). */
  load: (route: CurrentRoute, lang: Lang) => Promise<{ Screen: FunctionComponent }>;
  /** Locale tables (content/locales/<lang>/<namespace>.json) the screen reads, besides `common`. */
  namespaces: readonly string[];
}

// Home is the first screen of almost every visit, so it ships in the main bundle (a lazy chunk
// would add a round trip before the first paint). Every other screen is its own chunk.
export const screens: Record<RouteId, ScreenEntry> = {
  home: { load: async () => ({ Screen: HomeScreen }), namespaces: ['home'] },
  checker: {
    load: (_, lang) => import('./checker/checker-screen').then((m) => m.withRules(lang)),
    namespaces: ['checker', 'source'],
  },
  guides: { load: () => import('./guides/index').then((m) => ({ Screen: m.GuidesScreen })), namespaces: ['tutorials'] },
  guide: { load: (r, lang) => import('./guides/index').then((m) => m.withTutorial(r, lang, m.GuideScreen)), namespaces: ['tutorials'] },
  guideStep: {
    load: (r, lang) => import('./guides/index').then((m) => m.withTutorial(r, lang, m.GuideStepScreen)),
    namespaces: ['tutorials'],
  },
  places: { load: () => import('./places/places-screen').then((m) => ({ Screen: m.PlacesScreen })), namespaces: ['points', 'notices'] },
  place: { load: (r) => import('./places/point-screen').then((m) => m.withPoint(r)), namespaces: ['points', 'notices'] },
  posters: { load: () => import('./posters/posters-screen').then((m) => ({ Screen: m.PostersScreen })), namespaces: ['share'] },
  privacy: { load: () => import('./privacy/privacy-screen').then((m) => ({ Screen: m.PrivacyScreen })), namespaces: ['privacy'] },
  kiosk: { load: () => import('./kiosk/kiosk-screen').then((m) => ({ Screen: m.KioskScreen })), namespaces: ['kiosk'] },
  volunteer: { load: () => import('./volunteer/volunteer-screen').then((m) => ({ Screen: m.VolunteerScreen })), namespaces: ['volunteer'] },
  readiness: {
    load: () => import('./before-the-trip/index').then((m) => ({ Screen: m.ReadinessScreen })),
    namespaces: ['readiness', 'source'],
  },
  slip: { load: () => import('./before-the-trip/index').then((m) => ({ Screen: m.SlipScreen })), namespaces: ['slip', 'points', 'source'] },
  about: {
    load: () => import('./about/about-screen').then((m) => ({ Screen: m.AboutScreen })),
    namespaces: ['about'],
  },
  settings: {
    load: () => import('./settings/settings-screen').then((m) => ({ Screen: m.SettingsScreen })),
    namespaces: ['settings'],
  },
};

export const notFoundScreen: ScreenEntry = {
  load: () => import('./not-found/not-found-screen').then((m) => ({ Screen: m.NotFoundScreen })),
  namespaces: ['not-found'],
};
