import { useEffect, useRef, useState } from 'preact/hooks';
import { CameraError } from '../../../platform/camera/camera-errors';
import { startCameraScan, type CameraScan } from '../../../platform/camera/card-scanner';
import { useT } from '../../hooks';
import { navigate } from '../../router';
import { setupTarget } from './setup-target';

/**
 * Scans a setup QR with the tablet's camera (the organizer made it on another device). Any other
 * QR is ignored with a message; the camera stops as soon as a setup link is read.
 */
export function SetupScan() {
  const t = useT();
  const [on, setOn] = useState(false);
  const [message, setMessage] = useState('');
  const box = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!on || !box.current) return;
    let scan: CameraScan | undefined;
    let done = false;
    startCameraScan(box.current, (text) => {
      const target = setupTarget(text, location.origin);
      if (!target) return setMessage(t('kiosk.scan.notSetup'));
      if (done) return;
      done = true;
      setOn(false);
      navigate(target);
    }).then(
      (s) => (done ? void s.stop() : (scan = s)),
      (e: unknown) => {
        setOn(false);
        setMessage(t(`kiosk.scan.${e instanceof CameraError ? e.problem : 'failed'}`));
      },
    );
    return () => {
      done = true;
      void scan?.stop();
    };
  }, [on, t]);

  return (
    <div class="kiosk-scan">
      <button type="button" class="button" aria-pressed={on} onClick={() => setOn(!on)}>
        {t(on ? 'kiosk.scan.stop' : 'kiosk.scan.start')}
      </button>
      <div ref={box} class="kiosk-viewfinder" hidden={!on} />
      <p role="status">{message}</p>
    </div>
  );
}
