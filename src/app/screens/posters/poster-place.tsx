import { LocalityPicker } from '../../components/locality-picker';
import type { Translate } from '../../i18n';

/**
 * Where the poster hangs: province, then commune by name (old names beside). The QR then
 * carries the commune's public code next to the source tag. `value` is a locality code or ''.
 */
export function PosterPlace({ value, onChange, t }: { value: string; onChange: (code: string) => void; t: Translate }) {
  return (
    <LocalityPicker
      idPrefix="poster"
      value={value}
      onChange={onChange}
      text={{
        legend: t('share.posters.place.legend'),
        hint: t('share.posters.place.hint'),
        province: t('share.posters.place.province'),
        commune: t('share.posters.place.commune'),
        none: t('share.posters.place.none'),
        formerly: (names) => t('share.posters.place.formerly', { names }),
      }}
    />
  );
}
