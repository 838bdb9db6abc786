import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * One IndexedDB connection per page for a store's database, opened on first use. A failed open
 * (storage blocked, a private window, a quota error) is forgotten, so the next call tries again
 * instead of failing for the rest of the visit.
 */
export function databaseOpener<S extends DBSchema>(
  name: string,
  version: number,
  upgrade: (db: IDBPDatabase<S>) => void,
): () => Promise<IDBPDatabase<S>> {
  let opening: Promise<IDBPDatabase<S>> | undefined;
  return () => {
    if (!opening) {
      opening = openDB<S>(name, version, { upgrade: (db) => upgrade(db) });
      opening.catch(() => (opening = undefined));
    }
    return opening;
  };
}
