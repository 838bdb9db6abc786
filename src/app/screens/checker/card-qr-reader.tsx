import { useEffect, useRef, useState } from 'preact/hooks';
import { parseCardQr, type CardQrReading } from '../../../core/card-qr/parse-card-qr';
import { todayInVietnam } from '../../../core/eligibility/ruleset-in-force';
import { AGE_NODE, CARD_NODE } from '../../../core/eligibility/screen-nodes';
import { CameraError, type CameraProblem } from '../../../platform/camera/camera-errors';
import { readQrFromImage, startCameraScan, type CameraScan } from '../../../platform/camera/card-scanner';
import { useT } from '../../hooks';
import { navigate } from '../../router';
import { checkerHref, type CheckerView } from './checker-state';

type Reading = Extract<CardQrReading, { ok: true }>;
type Message = CameraProblem | 'no-code' | 'not-card' | 'reading';

/**
 * Reads the QR code on the person's card with the camera or from a photo, and keeps only the age
 * band and the card type (the parser drops the rest). Shows what was kept and says the rest was
 * discarded; nothing is stored or sent.
 */
export function CardQrReader({ view, onClose }: { view: CheckerView; onClose: () => void }) {
  const t = useT();
  const [camera, setCamera] = useState(false);
  const [message, setMessage] = useState<Message | null>(null);
  const [reading, setReading] = useState<Reading | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const viewfinder = useRef<HTMLDivElement>(null);
  const photo = useRef<HTMLInputElement>(null);

  useEffect(() => heading.current?.focus(), []);

  // The raw text goes straight into the parser and is not kept anywhere.
  const take = (text: string | undefined): boolean => {
    if (text === undefined) {
      setMessage('no-code');
      return false;
    }
    const result = parseCardQr(text, todayInVietnam());
    if (!result.ok) {
      setMessage('not-card');
      return false;
    }
    setMessage(null);
    setReading(result);
    return true;
  };

  useEffect(() => {
    if (!camera || !viewfinder.current) return;
    let scan: CameraScan | undefined;
    let done = false;
    startCameraScan(viewfinder.current, (text) => {
      if (!done && take(text)) {
        done = true;
        setCamera(false);
      }
    }).then(
      (s) => (done ? void s.stop() : (scan = s)),
      (e: unknown) => {
        setCamera(false);
        setMessage(e instanceof CameraError ? e.problem : 'failed');
        photo.current?.focus();
      },
    );
    return () => {
      done = true;
      void scan?.stop();
    };
  }, [camera]);

  const apply = (r: Reading) => {
    const cardOptions = view.ruleset.questions[CARD_NODE]?.options.map((o) => o.id) ?? [];
    const answers = { ...view.decoded.answers, [AGE_NODE]: r.ageBand };
    navigate(checkerHref(view.ruleset, r.cardType && cardOptions.includes(r.cardType) ? { ...answers, [CARD_NODE]: r.cardType } : answers));
  };

  return (
    <section class="card-qr" aria-labelledby="card-qr-title" data-card-qr>
      <h2 id="card-qr-title" ref={heading} tabIndex={-1}>
        {t('checker.qr.title')}
      </h2>
      <p>{t('checker.qr.privacy')}</p>
      {reading ? (
        <div role="status" data-read-age={reading.ageBand} data-read-card={reading.cardType ?? ''}>
          <p class="card-qr-read-title">{t('checker.qr.read')}</p>
          <ul>
            <li>{t('checker.qr.readAge', { band: t(`checker.q.age.options.${reading.ageBand}`) })}</li>
            <li>
              {reading.cardType
                ? t('checker.qr.readCard', { card: t(`checker.q.card.options.${reading.cardType}`) })
                : t('checker.qr.readCardUnknown')}
            </li>
          </ul>
          <p>{t('checker.qr.discarded')}</p>
          <button type="button" class="button" data-action="use-card-answers" onClick={() => apply(reading)}>
            {t('checker.qr.use')}
          </button>
        </div>
      ) : (
        <>
          {camera ? (
            <>
              <p class="hint">{t('checker.qr.aim')}</p>
              <div ref={viewfinder} class="card-qr-viewfinder" />
              <button type="button" class="button button-secondary" onClick={() => setCamera(false)}>
                {t('checker.qr.stopCamera')}
              </button>
            </>
          ) : (
            <button
              type="button"
              class="button"
              data-action="start-camera"
              onClick={() => {
                setMessage(null);
                setCamera(true);
              }}
            >
              {t('checker.qr.startCamera')}
            </button>
          )}
          <div class="field card-qr-photo">
            <label for="card-qr-photo">{t('checker.qr.photo')}</label>
            <input
              id="card-qr-photo"
              ref={photo}
              type="file"
              accept="image/*"
              onChange={(e) => {
                const input = e.currentTarget;
                const file = input.files?.[0];
                if (!file) return;
                setCamera(false);
                setMessage('reading');
                void readQrFromImage(file)
                  .then(take, () => take(undefined))
                  .finally(() => (input.value = ''));
              }}
            />
          </div>
        </>
      )}
      {message && (
        <p class={message === 'reading' ? 'hint' : 'checker-error'} role={message === 'reading' ? 'status' : 'alert'}>
          {t(`checker.qr.message.${message}`)}
        </p>
      )}
      <button type="button" class="link-button card-qr-close" onClick={onClose}>
        {t('checker.qr.close')}
      </button>
    </section>
  );
}
