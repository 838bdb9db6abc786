import { useEffect, useState } from 'preact/hooks';
import { loadTutorial } from 'virtual:content/tutorials';
import type { Lang } from '../../../core/i18n/languages';
import type { TutorialProgress } from '../../../core/tutorials/progress';
import type { Tutorial } from '../../../core/tutorials/types';
import { readProgress, saveProgress } from '../../../platform/progress/progress-store';
import { useLang } from '../../hooks';

/**
 * Every step is its own URL, so each Next remounts the screen: tutorials and progress are kept
 * here, outside the components, and a remount renders at once instead of flashing "loading".
 * Tutorials are kept per language ("<lang>/<id>"): each language's texts are their own module.
 */
const tutorials = new Map<string, Tutorial | null>();
const keyOf = (id: string | undefined, lang: Lang) => `${lang}/${id ?? ''}`;
const progressCache = new Map<string, TutorialProgress | null>();

export type Loaded =
  { status: 'loading' } | { status: 'failed'; retry: () => void } | { status: 'missing' } | { status: 'ready'; tutorial: Tutorial };

function fromCache(key: string): Loaded | undefined {
  const t = tutorials.get(key);
  if (t === undefined) return undefined;
  return t ? { status: 'ready', tutorial: t } : { status: 'missing' };
}

/**
 * Loads a tutorial into memory before its screen first paints, so the screen renders complete
 * (no "loading" title replaced a moment later). A failure is left to the screen, which offers a retry.
 */
export function preloadTutorial(id: string | undefined, lang: Lang): Promise<void> {
  const key = keyOf(id, lang);
  if (tutorials.has(key)) return Promise.resolve();
  return loadTutorial(id ?? '', lang).then(
    (t) => void tutorials.set(key, t ?? null),
    () => undefined,
  );
}

/** The full tutorial in the language shown (its lazily loaded module), or missing for an id no tutorial has. */
export function useTutorial(id: string | undefined): Loaded {
  const lang = useLang();
  const key = keyOf(id, lang);
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<Loaded>(() => fromCache(key) ?? { status: 'loading' });
  useEffect(() => {
    const cached = fromCache(key);
    if (cached) return setState(cached);
    let live = true;
    setState({ status: 'loading' });
    loadTutorial(id ?? '', lang).then(
      (t) => {
        tutorials.set(key, t ?? null);
        if (live) setState(t ? { status: 'ready', tutorial: t } : { status: 'missing' });
      },
      // Offline before this tutorial was cached (English never used online): say so and offer a retry, never a blank screen.
      () => live && setState({ status: 'failed', retry: () => setAttempt((n) => n + 1) }),
    );
    return () => {
      live = false;
    };
  }, [key, id, lang, attempt]);
  return state;
}

/** Saved progress for one tutorial; undefined while reading, null when there is none. */
export function useProgress(tutorialId: string): TutorialProgress | null | undefined {
  const [progress, setProgress] = useState(() => progressCache.get(tutorialId));
  useEffect(() => {
    let live = true;
    void currentProgress(tutorialId).then((p) => live && setProgress(p ?? null));
    return () => {
      live = false;
    };
  }, [tutorialId]);
  return progress;
}

/**
 * The latest progress: from memory once read (so a quick tap cannot act on a stale copy), else
 * from IndexedDB.
 */
export async function currentProgress(tutorialId: string): Promise<TutorialProgress | undefined> {
  const cached = progressCache.get(tutorialId);
  if (cached !== undefined) return cached ?? undefined;
  const p = await readProgress(tutorialId);
  // Remembered while the read was on its way (a tap on "done" as the screen opened): newer than what was read.
  const meanwhile = progressCache.get(tutorialId);
  if (meanwhile !== undefined) return meanwhile ?? undefined;
  progressCache.set(tutorialId, p ?? null);
  return p;
}

export function rememberProgress(p: TutorialProgress): void {
  progressCache.set(p.tutorial, p);
  void saveProgress(p);
}
