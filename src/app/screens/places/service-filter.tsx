import { useEffect, useRef } from 'preact/hooks';
import { SERVICES, type Service } from '../../../core/points/types';
import { useT } from '../../hooks';

// The filter lives in the URL (?dv=, the checker links to ?dv=level2), and the app remounts a
// screen on every URL change, focusing its heading and scrolling to the top. After a filter
// change the person is put back where they were: same scroll, focus on the radio they chose.
let restore: { service: string; scrollY: number } | undefined;

/** What the person needs. */
export function ServiceFilter({ service, onChange }: { service?: Service; onChange: (s: Service | undefined) => void }) {
  const t = useT();
  const group = useRef<HTMLFieldSetElement>(null);
  const options: (Service | undefined)[] = [undefined, ...SERVICES];

  useEffect(() => {
    if (!restore) return;
    const { service: chosen, scrollY } = restore;
    restore = undefined;
    window.scrollTo(0, scrollY);
    group.current?.querySelector<HTMLInputElement>(`input[value="${chosen}"]`)?.focus({ preventScroll: true });
  }, []);

  return (
    <fieldset class="field service-filter" ref={group}>
      <legend>{t('points.filter.legend')}</legend>
      {options.map((s) => (
        <label class="choice" key={s ?? 'all'}>
          <input
            type="radio"
            name="dv"
            value={s ?? ''}
            checked={service === s}
            onChange={() => {
              restore = { service: s ?? '', scrollY: window.scrollY };
              onChange(s);
            }}
          />
          <span>{t(`points.filter.${s ?? 'all'}`)}</span>
        </label>
      ))}
    </fieldset>
  );
}
