import { describeFound, type ContentError } from './errors';

type Path = readonly (string | number)[];

/**
 * Collects errors for one content file. Validators call the typed readers below; each reader
 * returns the value when it is right and records an error (never throws) when it is not, so one
 * build lists every problem at once.
 */
export class FileReport {
  readonly errors: ContentError[] = [];

  constructor(
    readonly file: string,
    private readonly lineOf: (path: Path) => number = () => 1,
  ) {}

  /** Records an error at a path (its line is looked up) or at an explicit line. */
  error(at: Path | number, field: string, found: string, expected: string): void {
    const line = typeof at === 'number' ? at : this.lineOf(at);
    this.errors.push({ file: this.file, line, field, found, expected });
  }

  string(
    value: unknown,
    at: Path | number,
    field: string,
    opts: { optional?: boolean; max?: number; pattern?: RegExp; expected?: string } = {},
  ): string | undefined {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) {
      if (!opts.optional) this.error(at, field, describeFound(value), opts.expected ?? 'a text');
      return undefined;
    }
    if (typeof value !== 'string') {
      this.error(at, field, describeFound(value), opts.expected ?? 'a text');
      return undefined;
    }
    const text = value.trim();
    if (opts.max !== undefined && text.length > opts.max) {
      this.error(at, field, `${text.length} characters`, `at most ${opts.max}`);
      return undefined;
    }
    if (opts.pattern && !opts.pattern.test(text)) {
      this.error(at, field, describeFound(text), opts.expected ?? `text matching ${opts.pattern}`);
      return undefined;
    }
    return text;
  }

  oneOf<T extends string>(value: unknown, at: Path | number, field: string, allowed: readonly T[]): T | undefined {
    if (typeof value === 'string' && (allowed as readonly string[]).includes(value.trim())) return value.trim() as T;
    this.error(at, field, describeFound(value), `one of ${allowed.join(', ')}`);
    return undefined;
  }

  number(
    value: unknown,
    at: Path | number,
    field: string,
    opts: { min?: number; max?: number; integer?: boolean; optional?: boolean } = {},
  ): number | undefined {
    if ((value === undefined || value === '') && opts.optional) return undefined;
    const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
    const range =
      opts.min !== undefined && opts.max !== undefined
        ? ` from ${opts.min} to ${opts.max}`
        : opts.min !== undefined
          ? ` of at least ${opts.min}`
          : opts.max !== undefined
            ? ` of at most ${opts.max}`
            : '';
    const expected = `${opts.integer ? 'a whole number' : 'a number'}${range}`;
    if (!Number.isFinite(n) || (opts.integer && !Number.isInteger(n))) {
      this.error(at, field, describeFound(value), expected);
      return undefined;
    }
    if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) {
      this.error(at, field, String(n), expected);
      return undefined;
    }
    return n;
  }

  /** A calendar date written YYYY-MM-DD that really exists (no 2024-02-30). */
  isoDate(value: unknown, at: Path | number, field: string, opts: { optional?: boolean } = {}): string | undefined {
    if ((value === undefined || value === '') && opts.optional) return undefined;
    // YAML turns an unquoted 2024-07-01 into a Date; accept it.
    const text = value instanceof Date ? value.toISOString().slice(0, 10) : value;
    if (typeof text === 'string' && isRealDate(text.trim())) return text.trim();
    this.error(at, field, describeFound(value), 'a real date written YYYY-MM-DD');
    return undefined;
  }

  list(value: unknown, at: Path | number, field: string, opts: { min?: number } = {}): unknown[] | undefined {
    if (!Array.isArray(value)) {
      this.error(at, field, describeFound(value), 'a list');
      return undefined;
    }
    if (opts.min !== undefined && value.length < opts.min) {
      this.error(at, field, `a list of ${value.length}`, `at least ${opts.min} item${opts.min === 1 ? '' : 's'}`);
      return undefined;
    }
    return value;
  }

  object(value: unknown, at: Path | number, field: string): Record<string, unknown> | undefined {
    if (value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)) {
      return value as Record<string, unknown>;
    }
    this.error(at, field, describeFound(value), 'a group of fields');
    return undefined;
  }

  /** Flags keys the schema does not know: a typo like `tittle` must not be silently ignored. */
  noUnknownKeys(obj: Record<string, unknown>, at: Path, known: readonly string[]): void {
    for (const key of Object.keys(obj)) {
      if (!known.includes(key)) this.error([...at, key], key, 'an unknown field', `one of ${known.join(', ')}`);
    }
  }
}

export function isRealDate(text: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}
