import { classifyLink } from '../../../../core/kiosk/external-link';
import { updateKioskView } from './kiosk-state';

/**
 * Links that would leave the app (tel:, maps, app stores, other sites, file downloads) are shown as
 * a QR code instead: one click listener on the document, in the capture phase, so it sees every
 * link before any screen's own handler, including links made and clicked by code (a calendar file).
 * window.open gets the same treatment. Returns the undo.
 */
export function guardOutsideLinks(): () => void {
  const onClick = (e: MouseEvent) => {
    const target = e.target instanceof Element ? e.target.closest('a[href]') : null;
    if (!(target instanceof HTMLAnchorElement)) return;
    const outside = target.hasAttribute('download')
      ? { kind: 'unavailable' as const, shown: '' }
      : classifyLink(target.href, location.origin);
    if (!outside) return;
    e.preventDefault();
    e.stopPropagation();
    updateKioskView({ outside });
  };
  document.addEventListener('click', onClick, { capture: true });
  const open = window.open;
  window.open = (url?: string | URL, ...rest) => {
    const outside = url === undefined ? null : classifyLink(new URL(String(url), location.href).href, location.origin);
    if (!outside) return open.call(window, url, ...rest);
    updateKioskView({ outside });
    return null;
  };
  return () => {
    document.removeEventListener('click', onClick, { capture: true });
    window.open = open;
  };
}
