import { serve } from '@hono/node-server';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { createApp } from './app';
import { closeFeatures } from './feature';
import { openFeatures } from './features';
import { serverLog } from './ops/counted-log';
import { omitKeepAliveHeaders } from './ops/keep-alive-headers';
import { drainMsFrom, stopOnSignals } from './ops/shutdown';
import { startupProblem } from './ops/startup-problem';

/**
 * `npm start`: serves the production build. PORT (default 8080) and HOST (default 0.0.0.0) configure
 * it; SHUTDOWN_DRAIN_SECONDS (default 10) bounds how long a stop waits for requests in progress.
 * Whatever keeps it from starting is said in one line that names the setting and the fix.
 */
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number from 0 to 65535, found ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}
const hostname = process.env.HOST ?? '0.0.0.0';
const fail = (e: unknown): never => {
  console.error(startupProblem(e, { port, host: hostname }));
  process.exit(1);
};

try {
  const drainMs = drainMsFrom(process.env.SHUTDOWN_DRAIN_SECONDS);
  // Counts collector, organizers' dashboard... (server/features.ts; data under DATA_DIR, default ./data).
  const { features, notices, pointPages } = await openFeatures();
  for (const notice of notices) console.log(notice);
  const app = createApp({ distDir: resolve(process.env.DIST_DIR ?? 'dist'), features, log: serverLog, pointPages });
  const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
    console.log(`VNeID guide is running at http://localhost:${info.port}/`);
  }) as Server;
  server.once('error', fail); // listening failed: port taken, unknown host
  omitKeepAliveHeaders(server); // fewer bytes in the first round trip (docs/decisions/0023-gzip-first-round-trip.md)
  stopOnSignals(
    server,
    () => closeFeatures(features),
    drainMs,
    () => serverLog.flush(),
  );
} catch (e) {
  fail(e);
}
