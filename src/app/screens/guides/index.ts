// The guides' lazy chunk: the list, a tutorial's overview and its step screen travel together, so
// moving between them never waits for another download. Each tutorial's steps are their own chunk.
export { GuidesScreen } from './guides-screen';
export { GuideScreen } from './guide-screen';
export { GuideStepScreen } from './step-screen';
import type { Lang } from '../../../core/i18n/languages';
import { preloadTutorial } from './use-tutorial';

/** A tutorial's screen once its tutorial, in the language shown, is in memory (the router shows it complete). */
export const withTutorial = <S>(route: { params: { tutorial?: string } }, lang: Lang, Screen: S) =>
  preloadTutorial(route.params.tutorial, lang).then(() => ({ Screen }));
