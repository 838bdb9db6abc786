import type { IncomingMessage, Server, ServerResponse } from 'node:http';

/**
 * Node writes `Connection: keep-alive` and `Keep-Alive: timeout=5` on every answer (47 B, three times
 * in the first round trip). An HTTP/1.1 connection persists without them, and browsers keep their own
 * idle timeout (as behind nginx, which sends no Keep-Alive either). So for an HTTP/1.1 request that
 * asks for nothing else (no Connection header, or `keep-alive` as browsers send) they are left out;
 * Node still keeps or closes the connection as before (an answer with no length, an HTTP/1.0 client
 * or `Connection: close` still ends it, and then says so).
 */
export function omitKeepAliveHeaders(server: Server): void {
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const connection = req.headers.connection?.toLowerCase();
    if (req.httpVersion === '1.1' && (connection === undefined || connection === 'keep-alive')) res.removeHeader('Connection');
  });
}
