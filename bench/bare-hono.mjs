// The framework's ceiling for the ingest bench (bench/counts.ts): a bare @hono/node-server app on
// the collector's path, plain JavaScript (no loader, as the compiled server runs), that reads the
// body and answers a small JSON body, nothing else: no parsing, checks, storage or headers
// middleware. PORT and HOST as the real server; GET /healthz answers 200 once it listens.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import process from 'node:process';

const app = new Hono();
app.get('/healthz', (c) => c.json({ status: 'ok' }));
app.post('/api/counts', async (c) => {
  await c.req.text();
  return c.json({ ok: true, batchId: 'bare', counters: 50, duplicate: false }, 200, { 'cache-control': 'no-store' });
});
serve({ fetch: app.fetch, port: Number(process.env.PORT ?? 8080), hostname: process.env.HOST ?? '127.0.0.1' });
