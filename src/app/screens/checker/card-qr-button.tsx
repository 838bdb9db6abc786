import type { FunctionComponent } from 'preact';
import { useState } from 'preact/hooks';
import { useT } from '../../hooks';
import { QrIcon } from '../../components/icons';
import type { CheckerView } from './checker-state';

type Reader = FunctionComponent<{ view: CheckerView; onClose: () => void }>;

/**
 * The optional "read the QR code on my card" helper. Its code (and the camera code, and the QR
 * library where the browser has no detector) loads only when someone asks for it.
 */
export function CardQrButton({ view }: { view: CheckerView }) {
  const t = useT();
  const [Reader, setReader] = useState<Reader | null>(null);
  const [failed, setFailed] = useState(false);
  if (Reader) return <Reader view={view} onClose={() => setReader(null)} />;
  return (
    <div class="checker-extra">
      <button
        type="button"
        class="button button-secondary"
        data-action="read-card-qr"
        onClick={() =>
          import('./card-qr-reader').then(
            (m) => setReader(() => m.CardQrReader),
            () => setFailed(true),
          )
        }
      >
        <QrIcon /> {t('checker.qr.open')}
      </button>
      {failed && (
        <p class="checker-error" role="alert">
          {t('common.loadFailed')}
        </p>
      )}
    </div>
  );
}
