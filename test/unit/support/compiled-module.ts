/**
 * The exports of a module the content build generated (`compile(root).modules[name]`), imported as
 * the app imports it rather than read out of its text, so a change of how the data is written
 * (JSON.parse of a string today) cannot break the tests that read it.
 */
export async function importCompiled(code: string | undefined): Promise<Record<string, unknown>> {
  if (!code) throw new Error('no such compiled module');
  return (await import(/* @vite-ignore */ `data:text/javascript;charset=utf-8,${encodeURIComponent(code)}`)) as Record<string, unknown>;
}

/** One named export of a compiled module; throws when the module has no such export. */
export async function compiledExport<T>(code: string | undefined, name: string): Promise<T> {
  const module = await importCompiled(code);
  if (!(name in module)) throw new Error(`no export ${name} in ${code?.slice(0, 80)}`);
  return module[name] as T;
}
