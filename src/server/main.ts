import { serve } from '@hono/node-server';
import { resolve } from 'node:path';
import { createApp } from './app';
import { closeFeatures } from './feature';
import { openFeatures } from './features';

/** `npm start`: serves the production build. PORT (default 8080) and HOST (default 0.0.0.0) configure it. */
const port = Number(process.env.PORT ?? 8080);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a number from 0 to 65535, found ${JSON.stringify(process.env.PORT)}`);
  process.exit(1);
}
const hostname = process.env.HOST ?? '0.0.0.0';
// Counts collector, organizers' dashboard... (server/features.ts; data under DATA_DIR, default ./data).
const { features, notices } = await openFeatures();
for (const notice of notices) console.log(notice);
const app = createApp({ distDir: resolve(process.env.DIST_DIR ?? 'dist'), features });

const server = serve({ fetch: app.fetch, port, hostname }, (info) => {
  console.log(`VNeID guide is running at http://localhost:${info.port}/`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => server.close(() => void closeFeatures(features).finally(() => process.exit(0))));
}
