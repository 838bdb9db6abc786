import { createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { countsRoutes } from '../../../src/server/counts/routes';
import type { SqliteCountStore } from '../../../src/server/storage/sqlite-count-store';
import { TODAY, memoryStore } from './helpers';

export interface Running {
  url: string;
  close(): Promise<void>;
}

function closeServer(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections?.();
    server.close(() => resolve());
  });
}

/** The real collector over real HTTP on 127.0.0.1 (port chosen by the system). */
export async function startCollector(store: SqliteCountStore = memoryStore()): Promise<Running & { store: SqliteCountStore }> {
  const now = () => new Date(`${TODAY}T10:00:00Z`);
  const app = new Hono().route('/', countsRoutes(store, { rateLimit: false, now }));
  const server = await new Promise<Server>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s as Server));
  });
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}/api/counts`, store, close: () => closeServer(server) };
}

/**
 * How the network or server misbehaves for one upload:
 * - ok: passed through;
 * - 500-before: the server fails before storing anything;
 * - 500-after: the batch is stored, then the answer is a 500 (the device cannot know it was stored);
 * - drop-upload: the connection is cut while the body is arriving;
 * - drop-after: the batch is stored, then the connection is cut instead of answering;
 * - hang-after: the batch is stored and no answer ever comes (the device times out).
 */
export type Fault = 'ok' | '500-before' | '500-after' | 'drop-upload' | 'drop-after' | 'hang-after';

/** A proxy in front of the collector that applies the next planned fault to each request. */
export async function startFlakyProxy(upstream: string, plan: Fault[]): Promise<Running & { seen: Fault[] }> {
  const seen: Fault[] = [];
  const hanging = new Set<ServerResponse>();
  const forward = (body: Buffer, req: IncomingMessage) =>
    new Promise<{ status: number; body: Buffer }>((resolve, reject) => {
      const up = request(upstream, { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? '' } }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts) }));
      });
      up.on('error', reject);
      up.end(body);
    });
  const server = createServer((req, res) => {
    const fault = plan.shift() ?? 'ok';
    seen.push(fault);
    if (fault === 'drop-upload') {
      req.once('data', () => req.socket.destroy());
      return;
    }
    const parts: Buffer[] = [];
    req.on('data', (d: Buffer) => parts.push(d));
    req.on('end', () => {
      void (async () => {
        if (fault === '500-before') return res.writeHead(500, { 'content-type': 'text/plain' }).end('boom');
        const up = await forward(Buffer.concat(parts), req);
        if (fault === '500-after') return res.writeHead(500).end();
        if (fault === 'drop-after') return req.socket.destroy();
        if (fault === 'hang-after') return void hanging.add(res);
        res.writeHead(up.status, { 'content-type': 'application/json' }).end(up.body);
      })();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/api/counts`,
    seen,
    close: () => {
      for (const r of hanging) r.destroy();
      return closeServer(server);
    },
  };
}
