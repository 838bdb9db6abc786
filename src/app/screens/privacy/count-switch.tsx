import { useEffect, useState } from 'preact/hooks';
import '../../styles/forms.css';
import { isCountingOn, pendingCountTotal, setCountingOn } from '../../count-settings';
import { useT } from '../../hooks';

/** The on/off switch for anonymous counts on this device, with what is waiting to be sent. */
export function CountSwitch() {
  const t = useT();
  const [on, setOn] = useState(isCountingOn);
  const [pending, setPending] = useState<number | null>(null);

  useEffect(() => {
    let live = true;
    void pendingCountTotal().then((n) => live && setPending(n));
    return () => void (live = false);
  }, [on]);

  return (
    <div class="field">
      <label class="choice">
        <input
          type="checkbox"
          data-switch="counting"
          checked={on}
          aria-describedby="count-switch-hint"
          onChange={(e) => {
            const next = e.currentTarget.checked;
            setOn(next);
            void setCountingOn(next).then(() => pendingCountTotal().then(setPending));
          }}
        />
        <span>{t('privacy.switch')}</span>
      </label>
      <p id="count-switch-hint" class="hint">
        {t('privacy.switchHint')}
      </p>
      <p role="status" data-counting={on ? 'on' : 'off'}>
        {on ? t('privacy.on') : t('privacy.off')}
        {pending !== null && pending > 0 && <> {t('privacy.pending', { count: pending })}</>}
      </p>
    </div>
  );
}
