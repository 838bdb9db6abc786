import type { Scope } from '../core/organizers/scope';
import { call, post } from './api';

/** Organizer accounts (admins only; src/server/auth/account-routes.ts). */
export interface Account {
  name: string;
  scope: Scope;
  created: string;
}

const BASE = '/api/dashboard/organizers';
export const listAccounts = () => call<{ accounts: Account[] }>(BASE);
export const addAccount = (a: { name: string; password: string; scope: string }) => post(BASE, a);
export const setAccountScope = (name: string, scope: string) => post(`${BASE}/${encodeURIComponent(name)}/scope`, { scope });
export const removeAccount = (name: string) => post(`${BASE}/${encodeURIComponent(name)}/remove`);
