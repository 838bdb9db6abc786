import { useEffect, useState } from 'preact/hooks';
import { communesOf, provincesOf, type Locality } from '../../../core/counts/localities';
import type { Translate } from '../../i18n';

/**
 * Where the poster hangs: province, then commune by name (old names beside), from the
 * administrative list (content/points/localities.csv, loaded when the maker opens). The QR then
 * carries the commune's public code next to the source tag. `value` is a locality code or ''.
 */
export function PosterPlace({ value, onChange, t }: { value: string; onChange: (code: string) => void; t: Translate }) {
  const [list, setList] = useState<readonly Locality[]>([]);
  useEffect(() => {
    let live = true;
    import('virtual:content/points/localities').then(
      (m) => live && setList(m.localities),
      () => undefined,
    );
    return () => void (live = false);
  }, []);
  const province = value.slice(0, 2);
  const communes = province ? communesOf(list, province) : [];
  if (list.length === 0) return null;
  return (
    <fieldset class="field" aria-describedby="poster-place-hint">
      <legend>{t('share.posters.place.legend')}</legend>
      <p id="poster-place-hint" class="hint">
        {t('share.posters.place.hint')}
      </p>
      <label for="poster-province-code">{t('share.posters.place.province')}</label>
      <select id="poster-province-code" value={province} onChange={(e) => onChange(e.currentTarget.value)}>
        <option value="">{t('share.posters.place.none')}</option>
        {provincesOf(list).map((p) => (
          <option key={p.code} value={p.code}>
            {p.name}
          </option>
        ))}
      </select>
      {communes.length > 0 && (
        <>
          <label for="poster-commune-code">{t('share.posters.place.commune')}</label>
          <select
            id="poster-commune-code"
            value={value.length > 2 ? value : ''}
            onChange={(e) => onChange(e.currentTarget.value || province)}
          >
            <option value="">{t('share.posters.place.none')}</option>
            {communes.map((c) => (
              <option key={c.code} value={c.code}>
                {c.aliases.length ? `${c.name} (${t('share.posters.place.formerly', { names: c.aliases.join('; ') })})` : c.name}
              </option>
            ))}
          </select>
        </>
      )}
    </fieldset>
  );
}
