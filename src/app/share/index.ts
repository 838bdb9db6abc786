/**
 * Share and hand-off (chia sẻ, tiếp tục trên điện thoại). A lazy chunk: the shell imports it on the
 * first tap of "Chia sẻ" (src/app/share-action.ts), so no screen pays for it up front.
 *
 * API
 *   openShareDialog(url, opts?): Promise<void>
 *     url   the page to share, usually location.href. It is canonicalized first (core/share/share-link):
 *           screen path + whitelisted parameters (a on the checker, dv on the points list, lang), so
 *           personal or unknown parameters and the page's own ?src= never leave in a link.
 *     opts.handoff  open straight in full-screen "Tiếp tục trên điện thoại của bạn" mode (kiosk, volunteers).
 *     opts.src      source tag to put in the link (e.g. the kiosk's or volunteer team's tag); an invalid
 *                   tag is dropped silently.
 *     opts.onClose  called once when the dialog closes (Escape, "Đóng", "Xong"). The kiosk resets here.
 *     Resolves once the dialog is shown (the QR may still be drawing); rejects only if its texts could not
 *     be loaded. One dialog at a time: opening another closes the first (its onClose runs).
 *   closeShareDialog(): closes the open dialog, if any (e.g. the kiosk's idle reset).
 *   makeQr(text) (./qr): the QR symbol for any text, qrcode loaded on first use; QrImage (./qr-image) draws it.
 */
import { h, render } from 'preact';
import { site } from 'virtual:content/site';
import { isLang, pick, SOURCE_LANG, type Lang } from '../../core/i18n/languages';
import { shareLinkFromUrl, shareRouteId } from '../../core/share/share-link';
import { count } from '../count';
import { loadNamespaces, makeT } from '../i18n';
import { ShareDialog } from './share-dialog';

export interface ShareDialogOptions {
  handoff?: boolean;
  src?: string;
  onClose?: () => void;
}

let current: { container: HTMLElement; close: () => void } | null = null;

export async function openShareDialog(url: string, opts: ShareDialogOptions = {}): Promise<void> {
  const htmlLang = document.documentElement.lang;
  const lang: Lang = isLang(htmlLang) ? htmlLang : SOURCE_LANG;
  await loadNamespaces(lang, ['share']);
  const link = shareLinkFromUrl(new URL(url, location.href).href, { lang, src: opts.src });
  closeShareDialog();

  const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const container = document.createElement('div');
  document.body.append(container);
  let closed = false;
  const finish = () => {
    if (closed) return;
    closed = true;
    if (current?.container === container) current = null;
    render(null, container);
    container.remove();
    opener?.focus();
    opts.onClose?.();
  };
  current = {
    container,
    close: () => {
      const dialog = container.querySelector('dialog');
      if (dialog?.open && typeof dialog.close === 'function')
        dialog.close(); // its close event calls finish
      else finish();
    },
  };
  // h() rather than JSX keeps this file index.ts, where the shell and the kiosk look for the API.
  render(
    h(ShareDialog, { link, handoff: opts.handoff ?? false, t: makeT(lang), title: pick(site.title, lang), onClose: finish }),
    container,
  );
  count('share_shown', shareRouteId(new URL(link).pathname));
}

export function closeShareDialog(): void {
  current?.close();
}

export { makeQr } from './qr';
export { QrImage } from './qr-image';
