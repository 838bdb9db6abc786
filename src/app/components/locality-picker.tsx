import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { communesOf, provincesOf, type Locality } from '../../core/counts/localities';

export interface LocalityPickerText {
  legend: ComponentChildren;
  hint: string;
  province: string;
  commune: string;
  none: string;
  formerly: (names: string) => string;
}

/**
 * A place for anonymous counts: province, then commune by name (old names beside), from the
 * administrative list (content/points/localities.csv, loaded when the picker opens). `value` is a
 * locality code ("79", "79-27343") or ''. The poster maker and the volunteers' team setup use it.
 * Until the list loads, or when it cannot (offline before it was cached), `fallback` shows instead.
 */
export function LocalityPicker({
  idPrefix,
  value,
  onChange,
  text,
  fallback = null,
}: {
  idPrefix: string;
  value: string;
  onChange: (code: string) => void;
  text: LocalityPickerText;
  fallback?: ComponentChildren;
}) {
  const [list, setList] = useState<readonly Locality[]>([]);
  useEffect(() => {
    let live = true;
    import('virtual:content/points/localities').then(
      (m) => live && setList(m.localities),
      () => undefined,
    );
    return () => void (live = false);
  }, []);
  if (list.length === 0) return <>{fallback}</>;
  const province = value.slice(0, 2);
  const communes = province ? communesOf(list, province) : [];
  const hintId = `${idPrefix}-place-hint`;
  return (
    <fieldset class="field" aria-describedby={hintId} data-locality-picker={idPrefix}>
      <legend>{text.legend}</legend>
      <p id={hintId} class="hint">
        {text.hint}
      </p>
      <label for={`${idPrefix}-province-code`}>{text.province}</label>
      <select id={`${idPrefix}-province-code`} value={province} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{text.none}</option>
        {provincesOf(list).map((p) => (
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </select>
      {communes.length > 0 && (
        <>
          <label for={`${idPrefix}-commune-code`}>{text.commune}</label>
          <select
            id={`${idPrefix}-commune-code`}
            value={value.length > 2 ? value : ''}
            onChange={(e) => onChange(e.currentTarget.value || province)}
          >
            <option value="">{text.none}</option>
            {communes.map((c) => (
              <option key={c.code} value={c.code}>
                {c.aliases.length ? `${c.name} (${text.formerly(c.aliases.join('; '))})` : c.name}
              </option>
            ))}
          </select>
        </>
      )}
    </fieldset>
  );
}
