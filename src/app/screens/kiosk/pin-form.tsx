import { useState } from 'preact/hooks';
import { afterWrongPin, isValidPin, OPEN_GATE, pinWaitMs, PIN_MAX_DIGITS, type PinGate, type PinHash } from '../../../core/kiosk/pin';
import { verifyPin } from '../../../platform/kiosk/pin-hash';
import { useT } from '../../hooks';

// Wrong tries are remembered for as long as the page lives, across openings of the form.
let gate: PinGate = OPEN_GATE;

/**
 * The organizer's PIN, asked before leaving kiosk mode or replacing its setup. Checked against the
 * stored fingerprint; after five wrong tries the keypad waits (core/kiosk/pin.ts).
 */
export function PinForm({ pin, purpose, onOk }: { pin: PinHash; purpose: 'exit' | 'replace'; onOk: () => void }) {
  const t = useT();
  const [value, setValue] = useState('');
  const [message, setMessage] = useState('');
  // What the message says, for anything that must tell a wrong PIN from a wait without reading it.
  const [problem, setProblem] = useState<'wait' | 'format' | 'wrong' | undefined>(undefined);
  const [checking, setChecking] = useState(false);

  async function submit(e: Event) {
    e.preventDefault();
    const wait = pinWaitMs(gate, Date.now());
    if (wait > 0) {
      setProblem('wait');
      return setMessage(t('kiosk.pin.wait', { seconds: String(Math.ceil(wait / 1000)) }));
    }
    if (!isValidPin(value)) {
      setProblem('format');
      return setMessage(t('kiosk.pin.format'));
    }
    setChecking(true);
    const ok = await verifyPin(value, pin).catch(() => false);
    setChecking(false);
    setValue('');
    if (ok) {
      gate = OPEN_GATE;
      return onOk();
    }
    gate = afterWrongPin(gate, Date.now());
    const locked = pinWaitMs(gate, Date.now());
    setProblem(locked > 0 ? 'wait' : 'wrong');
    setMessage(locked > 0 ? t('kiosk.pin.wait', { seconds: String(Math.ceil(locked / 1000)) }) : t('kiosk.pin.wrong'));
  }

  return (
    <form class="kiosk-pin" data-pin={purpose} onSubmit={(e) => void submit(e)} noValidate>
      <label for="kiosk-pin-input">{t(purpose === 'exit' ? 'kiosk.pin.labelExit' : 'kiosk.pin.labelReplace')}</label>
      <input
        id="kiosk-pin-input"
        type="password"
        inputMode="numeric"
        autocomplete="off"
        maxLength={PIN_MAX_DIGITS}
        value={value}
        aria-invalid={message ? 'true' : undefined}
        aria-describedby="kiosk-pin-message"
        onInput={(e) => setValue(e.currentTarget.value.replace(/\D/g, ''))}
      />
      <p id="kiosk-pin-message" class="kiosk-error" role="alert" data-problem={problem}>
        {message}
      </p>
      <button type="submit" class="button" disabled={checking}>
        {t(purpose === 'exit' ? 'kiosk.pin.submitExit' : 'kiosk.pin.submitReplace')}
      </button>
    </form>
  );
}
