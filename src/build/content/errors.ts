/**
 * One problem found in a content file. Organizers read these in the build output, so every
 * message names the file and line, the field, what was there and what should have been.
 */
export interface ContentError {
  file: string;
  line: number;
  field: string;
  found: string;
  expected: string;
}

/** `file:line: field: found X, expected Y` — the one format every content check reports in. */
export function formatContentError(e: ContentError): string {
  return `${e.file}:${e.line}: ${e.field}: found ${e.found}, expected ${e.expected}`;
}

/** Thrown by the build when any content file is bad; carries every error, not just the first. */
export class ContentBuildError extends Error {
  constructor(readonly errors: readonly ContentError[]) {
    super(`Content has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` + errors.map(formatContentError).join('\n'));
    this.name = 'ContentBuildError';
  }
}

export { describeFound } from '../../core/found';
