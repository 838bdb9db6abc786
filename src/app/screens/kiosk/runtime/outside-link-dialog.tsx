import { useEffect, useState } from 'preact/hooks';
import type { ExternalLink } from '../../../../core/kiosk/external-link';
import type { ShareQr } from '../../../../core/share/qr-make';
import type { Translate } from '../../../i18n';
import { makeQr } from '../../../share/qr';
import { QrImage } from '../../../share/qr-image';
import { ModalDialog } from './modal-dialog';

/**
 * A link that would leave the app, shown as a QR code for the visitor's own phone: the number to
 * call, the map, the store page. A file (a calendar entry) cannot travel by QR: the dialog offers
 * "continue on your phone" instead, where the same button works.
 */
export function OutsideLinkDialog(props: { link: ExternalLink; t: Translate; onClose: () => void; onHandoff: () => void }) {
  const { link, t } = props;
  const [qr, setQr] = useState<ShareQr | null>(null);
  useEffect(() => {
    if (!link.qrText) return;
    let live = true;
    makeQr(link.qrText).then(
      (made) => live && setQr(made),
      () => undefined,
    );
    return () => void (live = false);
  }, [link.qrText]);

  return (
    <ModalDialog
      class="kiosk-dialog kiosk-outside"
      dialog="outside-link"
      kind={link.kind}
      labelledBy="kiosk-outside-title"
      onCancel={props.onClose}
    >
      <h2 id="kiosk-outside-title">{t(`kiosk.outside.${link.kind}.title`)}</h2>
      <p>{t(`kiosk.outside.${link.kind}.text`)}</p>
      {link.qrText &&
        (qr ? (
          <QrImage class="kiosk-qr" matrix={qr.matrix} label={t('kiosk.outside.qrLabel', { target: link.shown })} />
        ) : (
          <p class="kiosk-qr kiosk-qr-placeholder" role="status">
            {t('kiosk.loadingQr')}
          </p>
        ))}
      {link.shown && <p class="kiosk-outside-shown">{link.shown}</p>}
      <div class="kiosk-dialog-actions">
        {!link.qrText && (
          <button type="button" class="button" onClick={props.onHandoff}>
            {t('kiosk.bar.handoff')}
          </button>
        )}
        <button type="button" class={link.qrText ? 'button' : 'button button-secondary'} data-action="close" onClick={props.onClose}>
          {t('kiosk.outside.close')}
        </button>
      </div>
    </ModalDialog>
  );
}
