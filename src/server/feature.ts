import type { Hono } from 'hono';

/**
 * One server feature: the routes it adds and what it lets go of when the server stops.
 * The list lives in `server/features.ts`; `createApp` mounts the features in list order, before
 * the citizens' app, so a feature's path always wins over the shell.
 */
export interface ServerFeature {
  /** Names the feature in logs and errors: 'counts', 'organizers'... */
  name: string;
  /** Adds the feature's routes, e.g. `app.route('/', myRoutes(store))`. */
  mount(app: Hono): void;
  /** Lets go of what the feature holds (timers, connections). A shared resource is closed by its own entry. */
  close(): Promise<void>;
}

/**
 * Closes the features in reverse list order (a feature is closed before what it was listed
 * after, e.g. the storage it uses), every one even when another fails; then reports the failures.
 */
export async function closeFeatures(features: readonly ServerFeature[]): Promise<void> {
  const failures: string[] = [];
  for (const feature of [...features].reverse()) {
    try {
      await feature.close();
    } catch (e) {
      failures.push(`${feature.name}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failures.length) throw new Error(`Could not close every server feature:\n${failures.join('\n')}`);
}
