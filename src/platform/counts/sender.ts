import type { CountBatch } from '../../core/counts/batch';

/**
 * What became of one upload:
 * - acked: the collector has the batch (now or from an earlier send): delete it;
 * - refused: the collector will never accept this batch (malformed, or its id reused): delete it,
 *   or it would block every later batch;
 * - retry: anything else (offline, timeout, 5xx, 429, a dropped connection): keep it, send it
 *   again later with the same batch id, which the collector counts once.
 */
export type SendResult = { kind: 'acked' } | { kind: 'refused'; status: number } | { kind: 'retry'; afterMs?: number };

/** Statuses by which the collector says "this batch can never be accepted". */
const REFUSED = new Set([400, 409, 413, 422]);

export async function sendBatch(url: string, batch: CountBatch, timeoutMs = 20_000, fetchImpl: typeof fetch = fetch): Promise<SendResult> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), timeoutMs);
  try {
    const res = await fetchImpl(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ batchId: batch.batchId, counters: batch.counters }),
      credentials: 'omit',
      signal: abort.signal,
    });
    if (res.ok) {
      // Only a collector's own acknowledgement counts: a captive portal's 200 page does not.
      const body = (await res.json().catch(() => null)) as { ok?: unknown; batchId?: unknown } | null;
      return body?.ok === true && body.batchId === batch.batchId ? { kind: 'acked' } : { kind: 'retry' };
    }
    if (REFUSED.has(res.status)) return { kind: 'refused', status: res.status };
    const after = Number(res.headers.get('retry-after'));
    return { kind: 'retry', afterMs: Number.isFinite(after) && after > 0 ? after * 1000 : undefined };
  } catch {
    return { kind: 'retry' };
  } finally {
    clearTimeout(timer);
  }
}
