import type { Scope } from '../../core/organizers/scope';

/**
 * Organizer accounts and their sessions. SQLite by default (../storage/sqlite-organizer-store.ts).
 * Sessions are stored by a hash of their token, so a copy of the database opens no session.
 * Every account has a scope (src/core/organizers/scope.ts): "*" (admin), a province or a commune.
 */
export interface Organizer {
  name: string;
  passwordHash: string;
  scope: Scope;
}

/** An account as listed to an admin: never the password hash. */
export interface OrganizerAccount {
  name: string;
  scope: Scope;
  /** The day it was created, YYYY-MM-DD. */
  created: string;
}

/** Who a live session belongs to, read afresh on every request (a changed scope applies at once). */
export interface SessionOrganizer {
  name: string;
  scope: Scope;
}

export interface OrganizerStore {
  addOrganizer(name: string, passwordHash: string, createdDay: string, scope: Scope): Promise<'added' | 'exists'>;
  setPassword(name: string, passwordHash: string): Promise<boolean>;
  /** Changes an account's scope and ends its sessions. */
  setScope(name: string, scope: Scope): Promise<boolean>;
  findOrganizer(name: string): Promise<Organizer | undefined>;
  /** All accounts, by name. */
  listOrganizers(): Promise<OrganizerAccount[]>;
  removeOrganizer(name: string): Promise<boolean>;
  createSession(tokenHash: string, organizer: string, expiresAt: number): Promise<void>;
  /** The session's organizer when it exists and has not expired at `now`. */
  findSession(tokenHash: string, now: number): Promise<SessionOrganizer | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
}
