import type { IdentityChange, IdentityStore } from '../identity/identity-store';
import type { PgPool } from './postgres-db';

type Row = { identity: string; changed_by: string; changed_at: string };
const toChange = (r: Row): IdentityChange => ({
  identity: JSON.parse(r.identity) as IdentityChange['identity'],
  by: r.changed_by,
  at: r.changed_at,
});

/** The deployment's identity in PostgreSQL (the twin of sqlite-identity-store.ts). */
export class PostgresIdentityStore implements IdentityStore {
  constructor(private readonly pool: PgPool) {}

  async current(): Promise<IdentityChange | undefined> {
    return (await this.history(1))[0];
  }

  async record(change: IdentityChange): Promise<void> {
    await this.pool.query('INSERT INTO identity_changes (changed_at, changed_by, identity) VALUES ($1, $2, $3)', [
      change.at,
      change.by,
      JSON.stringify(change.identity),
    ]);
  }

  async history(limit: number): Promise<IdentityChange[]> {
    const { rows } = await this.pool.query<Row>('SELECT identity, changed_by, changed_at FROM identity_changes ORDER BY id DESC LIMIT $1', [
      limit,
    ]);
    return rows.map(toChange);
  }
}
