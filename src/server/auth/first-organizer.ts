import { ADMIN_SCOPE } from '../../core/organizers/scope';
import type { OrganizerStore } from './organizer-store';
import { hashPassword, normalizeOrganizerName, passwordProblem } from './password';

/**
 * On the first start, ORGANIZER_NAME and ORGANIZER_PASSWORD create the first organizer account (an admin)
 * (only when there is none yet: changing the variables later changes nothing). Returns a line for
 * the server's log; never the password.
 */
export async function ensureFirstOrganizer(store: OrganizerStore, env: NodeJS.ProcessEnv = process.env): Promise<string | null> {
  if ((await store.listOrganizers()).length > 0) return null;
  const raw = env.ORGANIZER_NAME;
  const password = env.ORGANIZER_PASSWORD;
  if (!raw || !password)
    return 'No organizer account yet: create one with `npm run organizer -- add NAME`, or set ORGANIZER_NAME and ORGANIZER_PASSWORD.';
  const name = normalizeOrganizerName(raw);
  if (!name) throw new Error(`ORGANIZER_NAME: found ${JSON.stringify(raw)}, expected 2–32 of a–z 0–9 . _ -`);
  const problem = passwordProblem(password);
  if (problem) throw new Error(`ORGANIZER_PASSWORD: too short or too long, expected ${problem}`);
  await store.addOrganizer(name, await hashPassword(password), new Date().toISOString().slice(0, 10), ADMIN_SCOPE);
  return `Organizer account "${name}" created from ORGANIZER_NAME.`;
}
