import type { Scope } from '../../core/organizers/scope';
import type { Organizer, OrganizerAccount, OrganizerStore, SessionOrganizer } from '../auth/organizer-store';
import type { SqliteDb } from './sqlite-db';

/** Organizer accounts and sessions in the same SQLite file as the counts. */
export class SqliteOrganizerStore implements OrganizerStore {
  constructor(private readonly db: SqliteDb) {}

  async addOrganizer(name: string, passwordHash: string, createdDay: string, scope: Scope): Promise<'added' | 'exists'> {
    const r = this.db
      .prepare('INSERT INTO organizers (name, password_hash, created, scope) VALUES (?, ?, ?, ?) ON CONFLICT (name) DO NOTHING')
      .run(name, passwordHash, createdDay, scope);
    return r.changes === 1 ? 'added' : 'exists';
  }

  async setPassword(name: string, passwordHash: string): Promise<boolean> {
    const r = this.db.prepare('UPDATE organizers SET password_hash = ? WHERE name = ?').run(passwordHash, name);
    this.db.prepare('DELETE FROM sessions WHERE organizer = ?').run(name);
    return r.changes === 1;
  }

  async setScope(name: string, scope: Scope): Promise<boolean> {
    const r = this.db.prepare('UPDATE organizers SET scope = ? WHERE name = ?').run(scope, name);
    this.db.prepare('DELETE FROM sessions WHERE organizer = ?').run(name);
    return r.changes === 1;
  }

  async findOrganizer(name: string): Promise<Organizer | undefined> {
    const row = this.db.prepare('SELECT name, password_hash, scope FROM organizers WHERE name = ?').get(name) as
      { name: string; password_hash: string; scope: string } | undefined;
    return row && { name: row.name, passwordHash: row.password_hash, scope: row.scope };
  }

  async listOrganizers(): Promise<OrganizerAccount[]> {
    return this.db.prepare('SELECT name, scope, created FROM organizers ORDER BY name').all() as OrganizerAccount[];
  }

  async removeOrganizer(name: string): Promise<boolean> {
    this.db.prepare('DELETE FROM sessions WHERE organizer = ?').run(name);
    return this.db.prepare('DELETE FROM organizers WHERE name = ?').run(name).changes === 1;
  }

  async createSession(tokenHash: string, organizer: string, expiresAt: number): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE expires < ?').run(Date.now());
    this.db.prepare('INSERT INTO sessions (token_hash, organizer, expires) VALUES (?, ?, ?)').run(tokenHash, organizer, expiresAt);
  }

  async findSession(tokenHash: string, now: number): Promise<SessionOrganizer | undefined> {
    return this.db
      .prepare('SELECT o.name, o.scope FROM sessions s JOIN organizers o ON o.name = s.organizer WHERE s.token_hash = ? AND s.expires > ?')
      .get(tokenHash, now) as SessionOrganizer | undefined;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash);
  }
}
