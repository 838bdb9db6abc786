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
