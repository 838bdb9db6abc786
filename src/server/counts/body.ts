/**
 * Reads a request body as UTF-8 text, giving up past `max` bytes (whatever Content-Length says:
 * a chunked upload has none, and a lying one must not make the server read more).
 */
export async function readBodyLimited(req: Request, max: number): Promise<string | 'too_large'> {
  const declared = Number(req.headers.get('content-length'));
  if (Number.isFinite(declared) && declared > max) return 'too_large';
  if (!req.body) return '';
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
  return Buffer.concat(chunks, size).toString('utf8');
}
