import type { DeploymentIdentity } from '../../core/identity/identity';

/** One change of the deployment's identity: what it became, who made the change and when. */
export interface IdentityChange {
  identity: DeploymentIdentity;
  /** The organizer account (or "cli" for `npm run organizer -- identity`). */
  by: string;
  /** ISO timestamp. */
  at: string;
}

/**
 * The deployment's identity behind a store (SQLite by default, PostgreSQL twin): every change is
 * kept, the newest is in force, so the history says who changed what.
 */
export interface IdentityStore {
  current(): Promise<IdentityChange | undefined>;
  record(change: IdentityChange): Promise<void>;
  /** The newest changes first. */
  history(limit: number): Promise<IdentityChange[]>;
}
