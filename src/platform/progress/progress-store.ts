import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { isTutorialProgress, type TutorialProgress } from '../../core/tutorials/progress';

/**
 * Tutorial progress (which step, which steps done) in IndexedDB, one record per tutorial, so a
 * return resumes at the same step. Only step ids and a day are stored: nothing about the person.
 * When IndexedDB is unavailable (private mode, blocked storage) progress lives in memory for the
 * visit: the guide still works, it just does not remember.
 */
interface ProgressSchema extends DBSchema {
  progress: { key: string; value: TutorialProgress };
}

export const PROGRESS_DB = 'vneid-tutorial-progress';
let dbPromise: Promise<IDBPDatabase<ProgressSchema> | undefined> | undefined;
const memory = new Map<string, TutorialProgress>();

function db(): Promise<IDBPDatabase<ProgressSchema> | undefined> {
  dbPromise ??= openDB<ProgressSchema>(PROGRESS_DB, 1, {
    upgrade(d) {
      d.createObjectStore('progress', { keyPath: 'tutorial' });
    },
  }).catch(() => undefined);
  return dbPromise;
}

export async function readProgress(tutorialId: string): Promise<TutorialProgress | undefined> {
  try {
    const d = await db();
    const value: unknown = d ? await d.get('progress', tutorialId) : memory.get(tutorialId);
    return isTutorialProgress(value) ? value : undefined;
  } catch {
    return memory.get(tutorialId);
  }
}

/** Every saved progress, for the list of tutorials ("continue at step 4"). */
export async function readAllProgress(): Promise<TutorialProgress[]> {
  try {
    const d = await db();
    const values: unknown[] = d ? await d.getAll('progress') : [...memory.values()];
    return values.filter(isTutorialProgress);
  } catch {
    return [...memory.values()];
  }
}

export async function saveProgress(progress: TutorialProgress): Promise<void> {
  memory.set(progress.tutorial, progress);
  try {
    await (await db())?.put('progress', progress);
  } catch {
    // Not saved: the memory copy still resumes within this visit.
  }
}

/** Forgets every tutorial's progress (a kiosk between visitors, or the person's own choice). */
export async function clearAllProgress(): Promise<void> {
  memory.clear();
  try {
    await (await db())?.clear('progress');
  } catch {
    // Nothing stored, nothing to clear.
  }
}
