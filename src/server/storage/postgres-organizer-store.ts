import type { Organizer, OrganizerStore } from '../auth/organizer-store';
import type { PgPool } from './postgres-db';

/**
 * Organizer accounts and sessions in PostgreSQL (the twin of sqlite-organizer-store.ts, the same
 * statements with numbered parameters): a session opened on one instance is valid on every other.
 */
export class PostgresOrganizerStore implements OrganizerStore {
  constructor(private readonly pool: PgPool) {}

  async addOrganizer(name: string, passwordHash: string, createdDay: string): Promise<'added' | 'exists'> {
    const r = await this.pool.query(
      'INSERT INTO organizers (name, password_hash, created) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING',
      [name, passwordHash, createdDay],
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

  async findOrganizer(name: string): Promise<Organizer | undefined> {
    const { rows } = await this.pool.query<{ name: string; password_hash: string }>(
      'SELECT name, password_hash FROM organizers WHERE name = $1',
      [name],
    );
    const row = rows[0];
    return row && { name: row.name, passwordHash: row.password_hash };
  }

  async listOrganizers(): Promise<string[]> {
    const { rows } = await this.pool.query<{ name: string }>('SELECT name FROM organizers ORDER BY name');
    return rows.map((r) => r.name);
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

  async findSession(tokenHash: string, now: number): Promise<string | undefined> {
    const { rows } = await this.pool.query<{ organizer: string }>(
      'SELECT s.organizer FROM sessions s JOIN organizers o ON o.name = s.organizer WHERE s.token_hash = $1 AND s.expires > $2',
      [tokenHash, now],
    );
    return rows[0]?.organizer;
  }

  async deleteSession(tokenHash: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
  }

  private async inTransaction<T>(
    work: (q: (sql: string, args: unknown[]) => Promise<{ rowCount: number | null }>) => Promise<T>,
  ): Promise<T> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN');
      const result = await work((sql, args) => client.query(sql, args));
      await client.query('COMMIT');
      return result;
    } catch (e) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw e;
    } finally {
      client.release();
    }
  }
}
