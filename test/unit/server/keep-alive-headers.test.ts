import { Agent, createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { omitKeepAliveHeaders } from '../../../src/server/ops/keep-alive-headers';

let server: Server;
let port: number;
beforeAll(async () => {
  server = createServer((_req, res) => res.end('ok'));
  omitKeepAliveHeaders(server);
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((done) => server.close(() => done())));

function get(agent: Agent, headers: Record<string, string> = {}) {
  return new Promise<{ headers: string[]; reused: boolean }>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/', agent, headers }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({ headers: res.rawHeaders.filter((_, i) => i % 2 === 0).map((h) => h.toLowerCase()), reused: req.reusedSocket }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('answers without Connection and Keep-Alive headers', () => {
  it('leaves them out for a browser on HTTP/1.1 and still keeps the connection open', async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const first = await get(agent, { connection: 'keep-alive' });
    expect(first.headers).not.toContain('connection');
    expect(first.headers).not.toContain('keep-alive');
    const second = await get(agent);
    expect(second.reused).toBe(true);
    agent.destroy();
  });

  it('still says close when the client asks for it', async () => {
    const agent = new Agent({ keepAlive: false });
    const res = await get(agent, { connection: 'close' });
    expect(res.headers).toContain('connection');
    agent.destroy();
  });
});
