import type { Context } from 'hono';
import type { IncomingMessage } from 'node:http';

/**
 * Reads a request body's bytes, giving up past `max` (whatever Content-Length says: a chunked
 * upload has none, and a lying one must not make the server read more).
 */
export async function readBytesLimited(req: Request, max: number): Promise<Uint8Array | 'too_large'> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) return 'too_large';
  if (!req.body) return new Uint8Array();
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel().catch(() => undefined);
      return 'too_large';
    }
    chunks.push(value);
  }
  return new Uint8Array(Buffer.concat(chunks, size));
}

/** The same, as UTF-8 text. */
export async function readBodyLimited(req: Request, max: number): Promise<string | 'too_large'> {
  const bytes = await readBytesLimited(req, max);
  return bytes === 'too_large' ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

/** What @hono/node-server passes as the context's env: the Node request behind the Web one. */
interface NodeBindings {
  incoming?: IncomingMessage;
}

/**
 * The same, read straight from Node's request when the app runs under @hono/node-server: no Web
 * Request, ReadableStream or AbortSignal is made for the body, which cost the collector more than
 * its own checks (a CPU profile under the ingest bench). Elsewhere (app.request in tests), the Web way.
 */
export async function readRequestBodyLimited(c: Context, max: number): Promise<string | 'too_large'> {
  const incoming = (c.env as NodeBindings | undefined)?.incoming;
  if (!incoming || typeof incoming.on !== 'function' || incoming.readableDidRead) return readBodyLimited(c.req.raw, max);
  const declared = Number(c.req.header('content-length'));
  if (Number.isFinite(declared) && declared > max) return 'too_large';
  const bytes = await readIncomingLimited(incoming, max);
  return bytes === 'too_large' ? bytes : bytes.toString('utf8');
}

function readIncomingLimited(incoming: IncomingMessage, max: number): Promise<Buffer | 'too_large'> {
  if (incoming.readableEnded) return Promise.resolve(Buffer.alloc(0));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = () => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onError);
      incoming.off('close', onClose);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.byteLength;
      if (size > max) {
        stop();
        // Keep no more of it; the refusal still goes out (Node's server discards the rest once it has).
        incoming.pause();
        resolve('too_large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      stop();
      resolve(chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size));
    };
    const onError = (e: Error) => {
      stop();
      reject(e);
    };
    // Closed before its end and without an error: the client went away (request-errors.ts counts it).
    const onClose = () => {
      stop();
      reject(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
    };
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onError);
    incoming.on('close', onClose);
  });
}
