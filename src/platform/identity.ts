import type { PublishedIdentity } from '../core/identity/identity';

/**
 * The deployment's identity on this device: the last answer of GET /api/identity, kept in
 * localStorage so the footer, the about screen and posters show it offline after the first visit.
 * `null` when no unit is set (then nothing is shown in its place, never a placeholder).
 */
const KEY = 'vneid-guide.identity';

export function keptIdentity(): PublishedIdentity | null {
  try {
    return JSON.parse(localStorage.getItem(KEY) ?? 'null') as PublishedIdentity | null;
  } catch {
    return null;
  }
}

let asked: Promise<PublishedIdentity | null> | null = null;

/** Asks the server once per page load; offline or without a server, what this device kept. */
export function freshIdentity(): Promise<PublishedIdentity | null> {
  asked ??= fetch('/api/identity', { cache: 'no-cache' })
    .then(async (res) => {
      if (!res.ok) throw new Error(String(res.status));
      const { identity } = (await res.json()) as { identity: PublishedIdentity | null };
      try {
        if (identity) localStorage.setItem(KEY, JSON.stringify(identity));
        else localStorage.removeItem(KEY);
      } catch {
        // Storage full or refused: shown now, just not kept.
      }
      return identity;
    })
    .catch(() => keptIdentity());
  return asked;
}
