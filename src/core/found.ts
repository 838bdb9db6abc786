/**
 * Shows a value found where something else was expected, briefly and unambiguously: strings quoted,
 * long ones cut. Every "found X, expected Y" message (content build, count batches, dashboard
 * filters) uses it, so organizers and developers read one format everywhere.
 */
export function describeFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'string') {
    if (value.trim() === '') return 'an empty value';
    const shown = value.length > 40 ? `${value.slice(0, 37)}...` : value;
    return JSON.stringify(shown);
  }
  if (Array.isArray(value)) return `a list of ${value.length}`;
  if (typeof value === 'object') return 'an object';
  return String(value);
}
