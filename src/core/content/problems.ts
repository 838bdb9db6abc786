/**
 * One problem found in content: a file at build time, a spreadsheet row or a dashboard form on the
 * server. Organizers read these, so every message names where (file and line, or row), the field,
 * what was there and what should have been. Pure: the build and the server share it.
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

export { describeFound } from '../found';
