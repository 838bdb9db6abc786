import { SERVICES, type Service } from '../../../core/points/types';
import { useT } from '../../hooks';

/** What the person needs; the checker links here with ?dv=level2. */
export function ServiceFilter({ service, onChange }: { service?: Service; onChange: (s: Service | undefined) => void }) {
  const t = useT();
  const options: (Service | undefined)[] = [undefined, ...SERVICES];
  return (
    <fieldset class="field service-filter">
      <legend>{t('points.filter.legend')}</legend>
      {options.map((s) => (
        <label class="choice" key={s ?? 'all'}>
          <input type="radio" name="dv" value={s ?? ''} checked={service === s} onChange={() => onChange(s)} />
          <span>{t(`points.filter.${s ?? 'all'}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
