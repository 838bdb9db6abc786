/**
 * The one small store shape the app's module-level state uses (the URL, the service worker's state,
 * the finder's origin, the kiosk layer): who wants to hear about a change, and telling them.
 */
export interface Listeners<T = void> {
  /** Adds a listener; returns the function that removes it (the shape useEffect cleans up with). */
  add(listener: (value: T) => void): () => void;
  notify(value: T): void;
}

export function createListeners<T = void>(): Listeners<T> {
  const set = new Set<(value: T) => void>();
  return {
    add(listener) {
      set.add(listener);
      return () => void set.delete(listener);
    },
    notify(value) {
      set.forEach((l) => l(value));
    },
  };
}
