import { formatContentError, type ContentError } from '../../core/content/problems';

// The problem format is shared with the server (published points are checked by the same code).
export { describeFound, formatContentError, type ContentError } from '../../core/content/problems';

/** Thrown by the build when any content file is bad; carries every error, not just the first. */
export class ContentBuildError extends Error {
  constructor(readonly errors: readonly ContentError[]) {
    super(`Content has ${errors.length} error${errors.length === 1 ? '' : 's'}:\n` + errors.map(formatContentError).join('\n'));
    this.name = 'ContentBuildError';
  }
}
