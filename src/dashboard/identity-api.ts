import type { DeploymentIdentity, IdentityProblem } from '../core/identity/identity';
import { call, post } from './api';

/** The deployment's identity as organizers see it (src/server/identity/routes.ts). */
export interface IdentityChange {
  identity: DeploymentIdentity;
  by: string;
  at: string;
}

const PATH = '/api/dashboard/identity';
export const readIdentity = () => call<{ current: IdentityChange | null; history: IdentityChange[] }>(PATH);
export const saveIdentity = (identity: DeploymentIdentity) => post<{ ok: true; current: IdentityChange }>(PATH, identity);
export type { IdentityProblem };
