import { useEffect, useRef, useState } from 'preact/hooks';
import type { ShareQr } from '../../core/share/qr-make';
import type { Translate } from '../i18n';
import { QrImage } from './qr-image';
import { makeQr } from './qr';
import './share-dialog.css';

export interface ShareDialogProps {
  link: string;
  /** Start in hand-off mode (the kiosk's "continue on your phone"). */
  handoff: boolean;
  t: Translate;
  title: string;
  onClose: () => void;
}

/**
 * The share dialog: a large QR of the page's canonical link, made on the device (works offline),
 * the link itself to copy, the system share sheet where there is one, and a full-screen hand-off
 * mode for showing the QR to someone else's phone. A native modal <dialog>: it traps focus, Escape
 * closes it and the page behind is inert.
 */
export function ShareDialog({ link, handoff: startInHandoff, t, title, onClose }: ShareDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const linkRef = useRef<HTMLInputElement>(null);
  const closeRef = useRef(onClose);
  closeRef.current = onClose;
  const [qr, setQr] = useState<ShareQr | null>(null);
  const [qrFailed, setQrFailed] = useState(false);
  const [handoff, setHandoff] = useState(startInHandoff);
  const [status, setStatus] = useState('');

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (typeof dialog.showModal === 'function') dialog.showModal();
    else dialog.setAttribute('open', '');
    // The latest onClose, whatever render registered the listener: the dialog opens once.
    const closed = () => closeRef.current();
    dialog.addEventListener('close', closed);
    return () => dialog.removeEventListener('close', closed);
  }, []);

  useEffect(() => {
    let live = true;
    makeQr(link).then(
      (made) => live && setQr(made),
      () => live && setQrFailed(true),
    );
    return () => void (live = false);
  }, [link]);

  // Focus follows the mode switch so keyboard and screen-reader users land on the new heading.
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('h2')?.focus();
  }, [handoff]);

  const close = () => (ref.current?.open && typeof ref.current.close === 'function' ? ref.current.close() : onClose());

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus(t('share.dialog.copied'));
    } catch {
      // No clipboard permission (or an old browser): select the text so a long-press copies it.
      linkRef.current?.select();
      setStatus(t('share.dialog.copyFailed'));
    }
  }

  async function share() {
    try {
      await navigator.share({ title, url: link });
    } catch {
      // The person closed the share sheet, or it failed: the QR and the link are still here.
    }
  }

  const qrBlock = qr ? (
    <QrImage class="share-qr" matrix={qr.matrix} label={t('share.dialog.qrLabel', { link })} />
  ) : (
    <p class="share-qr share-qr-placeholder" role="status">
      {qrFailed ? t('share.dialog.qrFailed') : t('share.dialog.qrLoading')}
    </p>
  );

  return (
    <dialog
      ref={ref}
      class={handoff ? 'share-dialog share-handoff' : 'share-dialog'}
      aria-labelledby="share-dialog-title"
      data-share-link={link}
      data-mode={handoff ? 'handoff' : 'share'}
    >
      {handoff ? (
        <div class="share-body">
          <h2 id="share-dialog-title" tabIndex={-1}>
            {t('share.handoff.title')}
          </h2>
          {qrBlock}
          <ol class="share-steps">
            <li>{t('share.handoff.step1')}</li>
            <li>{t('share.handoff.step2')}</li>
            <li>{t('share.handoff.step3')}</li>
          </ol>
          <p class="share-link-text">{link}</p>
          <button type="button" class="button share-done" data-action="done" onClick={close}>
            {t('share.handoff.done')}
          </button>
        </div>
      ) : (
        <div class="share-body">
          <h2 id="share-dialog-title" tabIndex={-1}>
            {t('share.dialog.title')}
          </h2>
          <p>{t('share.dialog.intro')}</p>
          {qrBlock}
          <label class="share-link-label" for="share-link">
            {t('share.dialog.linkLabel')}
          </label>
          <input
            ref={linkRef}
            id="share-link"
            class="share-link"
            type="text"
            readOnly
            value={link}
            dir="ltr"
            onFocus={(e) => e.currentTarget.select()}
          />
          <p class="share-status" role="status">
            {status}
          </p>
          <div class="share-actions">
            <button type="button" class="button" data-action="copy" onClick={() => void copy()}>
              {t('share.dialog.copy')}
            </button>
            {typeof navigator.share === 'function' && (
              <button type="button" class="button button-secondary" data-action="share" onClick={() => void share()}>
                {t('share.dialog.share')}
              </button>
            )}
            <button type="button" class="button button-secondary" data-action="handoff" onClick={() => setHandoff(true)}>
              {t('share.dialog.handoff')}
            </button>
            <button type="button" class="button button-secondary" data-action="close" onClick={close}>
              {t('share.dialog.close')}
            </button>
          </div>
          <p class="hint">{t('share.dialog.privacy')}</p>
        </div>
      )}
    </dialog>
  );
}
