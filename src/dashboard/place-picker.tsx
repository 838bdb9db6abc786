import { localities } from 'virtual:content/points/localities';
import { communesOf, provincesOf } from '../core/counts/localities';

/**
 * Province, then commune, by name (old names shown beside), from the administrative list in
 * content/points/localities.csv; only inside the organizer's scope. `value` is a locality code.
 */
export function PlacePicker({ scope, value, onChange }: { scope?: string; value?: string; onChange: (code: string | undefined) => void }) {
  const provinces = provincesOf(localities).filter((p) => !scope || scope.startsWith(p.code));
  const province = value?.slice(0, 2) ?? (scope && scope.length >= 2 ? scope.slice(0, 2) : '');
  const listed = province ? communesOf(localities, province).filter((c) => !scope || scope.length === 2 || c.code === scope) : [];
  // A commune account whose code is not in the list yet still sees its own area, by code.
  const communes = scope && scope.length > 2 && !listed.length ? [{ code: scope, name: scope, aliases: [] as string[] }] : listed;
  const commune = value && value.length > 2 ? value : '';
  const fixedProvince = !!scope;
  const fixedCommune = !!scope && scope.length > 2;
  return (
    <>
      <div>
        <label for="place-province">Tỉnh/thành phố</label>
        <select
          id="place-province"
          value={province}
          disabled={fixedProvince}
          onChange={(e) => onChange(e.currentTarget.value || undefined)}
        >
          {!fixedProvince && <option value="">Tất cả</option>}
          {provinces.map((p) => (
            <option key={p.code} value={p.code}>
              {p.name}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label for="place-commune">Xã/phường/đặc khu</label>
        <select
          id="place-commune"
          value={commune}
          disabled={fixedCommune || !province}
          onChange={(e) => onChange(e.currentTarget.value || province || undefined)}
        >
          {!fixedCommune && <option value="">Tất cả</option>}
          {communes.map((c) => (
            <option key={c.code} value={c.code}>
              {c.aliases.length ? `${c.name} (trước: ${c.aliases.join('; ')})` : c.name}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
