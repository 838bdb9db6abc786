import { createHash } from 'node:crypto';
import { formatProblem, validateCountBatch, type ValidBatch } from '../../core/counts/batch';

/**
 * A batch's body as the collector received it, checked: JSON, the counts vocabulary, and the
 * digest of its bytes. The digest tells a resend (the same bytes: acknowledged again) from a
 * reused id (refused): a device resends a batch byte for byte; a reused id with other bytes was
 * counted already. Run by the store (the SQLite worker store, storage/worker-count-store.ts) or,
 * for other stores, by the route itself: the same checks either way.
 */
export type BatchTextCheck =
  | { ok: true; batch: ValidBatch; digest: string }
  | { ok: false; error: 'not_json' }
  | { ok: false; error: 'invalid_batch'; problems: string[] };

export function checkBatchText(text: string, today: string): BatchTextCheck {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch {
    return { ok: false, error: 'not_json' };
  }
  const check = validateCountBatch(input, today);
  if (!check.ok) return { ok: false, error: 'invalid_batch', problems: check.problems.map(formatProblem) };
  return { ok: true, batch: check.batch, digest: createHash('sha256').update(text).digest('base64url') };
}
