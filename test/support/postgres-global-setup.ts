import type { TestProject } from 'vitest/node';
import { startPostgres } from './postgres-cluster';

declare module 'vitest' {
  export interface ProvidedContext {
    /** postgres://… of the throwaway cluster's admin database ('' when it could not start). */
    postgresAdminUrl: string;
    /** Why the cluster could not start (tests that need it fail with this), or ''. */
    postgresProblem: string;
  }
}

/**
 * Vitest global setup: one throwaway PostgreSQL cluster for the whole unit run (a few seconds);
 * each test file makes its own database on it (test/unit/support/postgres.ts).
 */
export default async function setup(project: TestProject): Promise<() => void> {
  try {
    const cluster = await startPostgres();
    project.provide('postgresAdminUrl', cluster.adminUrl);
    project.provide('postgresProblem', '');
    return () => cluster.stop();
  } catch (e) {
    project.provide('postgresAdminUrl', '');
    project.provide('postgresProblem', e instanceof Error ? e.message : String(e));
    return () => {};
  }
}
