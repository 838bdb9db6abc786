/** Flat message tables, keyed `namespace.key`, as compiled from content/locales/<lang>/<namespace>.json. */
export type Messages = Readonly<Record<string, string>>;
export type Params = Readonly<Record<string, string | number>>;

/**
 * Looks a key up in the chosen language, falling back to Vietnamese per key (a translation may
 * lag behind), then to the key itself so a missing text is visible rather than blank.
 * `{name}` placeholders are filled from params.
 */
export function translate(key: string, primary: Messages, fallback: Messages, params?: Params): string {
  const template = primary[key] ?? fallback[key] ?? key;
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

/** The `{placeholder}` names a message uses, for checking that translations keep them. */
export function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1] ?? '').sort();
}
