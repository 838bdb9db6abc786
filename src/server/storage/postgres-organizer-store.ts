import type { Scope } from '../../core/organizers/scope';
import type { Organizer, OrganizerAccount, OrganizerStore, SessionOrganizer } from '../auth/organizer-store';
import { inTransaction, type PgPool } from './postgres-db';

/**
 * Organizer accounts and sessions in PostgreSQL (the twin of sqlite-organizer-store.ts, the same
 * statements with numbered parameters): a session opened on one instance is valid on every other.
 */
export class PostgresOrganizerStore implements OrganizerStore {
  constructor(private readonly pool: PgPool) {}

  async addOrganizer(name: string, passwordHash: string, createdDay: string, scope: Scope): Promise<'added' | 'exists'> {
    const r = await this.pool.query(
      'INSERT INTO organizers (name, password_hash, created, scope) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO NOTHING',
      [name, passwordHash, createdDay, scope],
    );
    return r.rowCount === 1 ? 'added' : 'exists';
  }

  async setPassword(name: string, passwordHash: string): Promise<boolean> {
    return this.inTransaction(async (q) => {
      const r = await q('UPDATE organizers SET password_hash = $1 WHERE name = $2', [passwordHash, name]);
      await q('DELETE FROM sessions WHERE organizer = $1', [name]);
      return r.rowCount === 1;
    });
  }

  async setScope(name: string, scope: Scope): Promise<boolean> {
    return this.inTransaction(async (q) => {
      const r = await q('UPDATE organizers SET scope = $1 WHERE name = $2', [scope, name]);
      await q('DELETE FROM sessions WHERE organizer = $1', [name]);
      return r.rowCount === 1;
    });
  }

  async findOrganizer(name: string): Promise<Organizer | undefined> {
    const { rows } = await this.pool.query<{ name: string; password_hash: string; scope: string }>(
      'SELECT name, password_hash, scope FROM organizers WHERE name = $1',
      [name],
    );
    const row = rows[0];
    return row && { name: row.name, passwordHash: row.password_hash, scope: row.scope };
  }

  async listOrganizers(): Promise<OrganizerAccount[]> {
    const { rows } = await this.pool.query<OrganizerAccount>('SELECT name, scope, created FROM organizers ORDER BY name');
    return rows;
  }

  async removeOrganizer(name: string): Promise<boolean> {
    return this.inTransaction(async (q) => {
      await q('DELETE FROM sessions WHERE organizer = $1', [name]);
      return (await q('DELETE FROM organizers WHERE name = $1', [name])).rowCount === 1;
    });
  }

  async createSession(tokenHash: string, organizer: string, expiresAt: number): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE expires < $1', [Date.now()]);
    await this.pool.query('INSERT INTO sessions (token_hash, organizer, expires) VALUES ($1, $2, $3)', [tokenHash, organizer, expiresAt]);
  }

  async findSession(tokenHash: string, now: number): Promise<SessionOrganizer | undefined> {
    const { rows } = await this.pool.query<SessionOrganizer>(
      'SELECT o.name, o.scope FROM sessions s JOIN organizers o ON o.name = s.organizer WHERE s.token_hash = $1 AND s.expires > $2',
      [tokenHash, now],
    );
    return rows[0];
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  private async inTransaction<T>(
    work: (q: (sql: string, args: unknown[]) => Promise<{ rowCount: number | null }>) => Promise<T>,
  ): Promise<T> {
    return inTransaction(this.pool, (client) => work((sql, args) => client.query(sql, args)));
  }
}
