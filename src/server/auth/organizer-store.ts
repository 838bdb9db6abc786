/**
 * Organizer accounts and their sessions. SQLite by default (../storage/sqlite-organizer-store.ts).
 * Sessions are stored by a hash of their token, so a copy of the database opens no session.
 */
export interface Organizer {
  name: string;
  passwordHash: string;
}

export interface OrganizerStore {
  addOrganizer(name: string, passwordHash: string, createdDay: string): Promise<'added' | 'exists'>;
  setPassword(name: string, passwordHash: string): Promise<boolean>;
  findOrganizer(name: string): Promise<Organizer | undefined>;
  listOrganizers(): Promise<string[]>;
  removeOrganizer(name: string): Promise<boolean>;
  createSession(tokenHash: string, organizer: string, expiresAt: number): Promise<void>;
  /** The session's organizer when it exists and has not expired at `now`. */
  findSession(tokenHash: string, now: number): Promise<string | undefined>;
  deleteSession(tokenHash: string): Promise<void>;
}
