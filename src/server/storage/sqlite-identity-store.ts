import type { IdentityChange, IdentityStore } from '../identity/identity-store';
import type { SqliteDb } from './sqlite-db';

type Row = { identity: string; changed_by: string; changed_at: string };
const toChange = (r: Row): IdentityChange => ({
  identity: JSON.parse(r.identity) as IdentityChange['identity'],
  by: r.changed_by,
  at: r.changed_at,
});

/** The deployment's identity in the same SQLite file as the counts: one row per change. */
export class SqliteIdentityStore implements IdentityStore {
  constructor(private readonly db: SqliteDb) {}

  async current(): Promise<IdentityChange | undefined> {
    return (await this.history(1))[0];
  }

  async record(change: IdentityChange): Promise<void> {
    this.db
      .prepare('INSERT INTO identity_changes (changed_at, changed_by, identity) VALUES (?, ?, ?)')
      .run(change.at, change.by, JSON.stringify(change.identity));
  }

  async history(limit: number): Promise<IdentityChange[]> {
    const rows = this.db
      .prepare('SELECT identity, changed_by, changed_at FROM identity_changes ORDER BY id DESC LIMIT ?')
      .all(limit) as Row[];
    return rows.map(toChange);
  }
}
