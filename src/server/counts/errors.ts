import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** Every refusal is JSON that says what is wrong, so a developer of a device can fix it. */
export interface CountsError {
  error: string;
  message: string;
  problems?: string[];
}

export function fail(
  c: Context,
  status: ContentfulStatusCode,
  error: string,
  message: string,
  extra: { problems?: string[]; headers?: Record<string, string> } = {},
): Response {
  const body: CountsError = { error, message };
  if (extra.problems) body.problems = extra.problems;
  return c.json(body, status, { 'cache-control': 'no-store', ...extra.headers });
}
