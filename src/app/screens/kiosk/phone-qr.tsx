import { useEffect, useState } from 'preact/hooks';
import { shareLinkFromUrl } from '../../../core/share/share-link';
import type { ShareQr } from '../../../core/share/qr-make';
import { useLang, useT } from '../../hooks';
import { makeQr } from '../../share/qr';
import { QrImage } from '../../share/qr-image';

/**
 * "Mở trên điện thoại của bạn": a QR to the guide's home, tagged with the kiosk id, so a
 * passer-by can take the guide home without touching the tablet.
 */
export function PhoneQr({ kioskId }: { kioskId: string }) {
  const t = useT();
  const lang = useLang();
  const link = shareLinkFromUrl(`${location.origin}/`, { src: kioskId, lang });
  const [qr, setQr] = useState<ShareQr | null>(null);
  useEffect(() => {
    let live = true;
    makeQr(link).then(
      (made) => live && setQr(made),
      () => undefined,
    );
    return () => void (live = false);
  }, [link]);
  return (
    <section class="kiosk-phone" aria-labelledby="kiosk-phone-title" data-kiosk-qr>
      <h2 id="kiosk-phone-title">{t('kiosk.attract.phoneTitle')}</h2>
      <p>{t('kiosk.attract.phoneText')}</p>
      {qr ? (
        <QrImage class="kiosk-qr" matrix={qr.matrix} label={t('kiosk.attract.phoneQrLabel')} />
      ) : (
        <p class="kiosk-qr kiosk-qr-placeholder" role="status">
          {t('kiosk.loadingQr')}
        </p>
      )}
    </section>
  );
}
