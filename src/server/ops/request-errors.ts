import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { CountedLog } from './counted-log';

/** A request the client gave up on while it was being read (a phone losing its network). */
export function isCutOffByClient(e: unknown): boolean {
  const err = e as { code?: unknown; message?: unknown; name?: unknown } | null;
  return err?.code === 'ECONNRESET' || err?.message === 'aborted' || err?.name === 'AbortError';
}

/**
 * Errors no route answered. A refusal thrown as an HTTPException keeps its answer. A cut-off upload is ordinary: one counted line, no stack. Anything
 * else is a bug: logged with its stack, answered 500.
 */
export function onRequestError(log: CountedLog) {
  return (e: Error, c: Context): Response => {
    // A route's own refusal thrown from a helper (a body too large, jsonBody): its answer as made.
    if (e instanceof HTTPException) return e.getResponse();
    if (isCutOffByClient(e)) {
      log.note(
        'cut-off',
        `A client cut off its request while sending it (${c.req.method} ${c.req.path}, ECONNRESET): usual on mobile networks.`,
      );
      return c.json({ error: 'cut_off', message: 'The request was cut off.' }, 400);
    }
    console.error(e);
    return c.json({ error: 'internal', message: 'Something went wrong on the server.' }, 500);
  };
}
